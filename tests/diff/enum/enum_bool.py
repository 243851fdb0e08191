from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class E(Enum):
    ZERO = 0
    ONE = 1
print(bool(E.ZERO), bool(E.ONE), bool(E))
class B(Enum):
    A = 0
    def __bool__(self):
        return bool(self.value)
print(bool(B.A))
