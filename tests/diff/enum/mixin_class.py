from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Describable:
    def describe(self):
        return f'{self.name}={self.value}'
class E(Describable, Enum):
    A = 1
    B = 'two'
print(E.A.describe(), E.B.describe(), list(E))
