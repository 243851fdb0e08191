from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(repr(~Perm.R), repr(~(Perm.R | Perm.W)), repr(~Perm(0)), repr(~(Perm.R | Perm.W | Perm.X)))
print(~~Perm.W is Perm.W)
