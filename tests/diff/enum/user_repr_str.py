from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class E(Enum):
    A = 1
    B = 2
    def __str__(self):
        return self.name.lower()
    def __repr__(self):
        return f'E:{self.value}'
print(E.A, repr(E.B), [E.A, E.B], f'{E.A}', format(E.B))
