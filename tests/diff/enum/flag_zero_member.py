from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class F(Flag):
    NONE = 0
    A = 1
    B = 2
print(list(F), F.NONE, repr(F(0)), F(0) is F.NONE, list(F.__members__), repr(F.A & F.B))
