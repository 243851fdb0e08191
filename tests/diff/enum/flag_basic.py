from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), rw.name, rw.value, Perm.R in rw, Perm.X in rw)
print(list(rw), len(rw), bool(rw), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(repr(Perm.R & Perm.W), repr(rw & Perm.R), repr(rw ^ Perm.R), repr(Perm.R | Perm.W | Perm.X))
print(list(Perm), len(Perm), repr(Perm))
