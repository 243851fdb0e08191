from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R, repr(Perm.R), str(Perm.R | Perm.W), repr(Perm.R | Perm.W), format(Perm.R | Perm.X))
print(Perm.R | 8, repr(Perm.R | 8), repr(Perm.R + 1), Perm.R == 4, Perm.R | Perm.W == 6)
print(repr(~Perm.R), repr(Perm(0)), repr(Perm(7)), isinstance(Perm.R, int), repr(Perm))
print(repr(Perm.R & 6), repr(6 & Perm.R), repr(1 | Perm.R), Perm(12), Perm(-1), repr(Perm(-1)))
