from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class P(Flag):
    R = 4
    W = 2
print(P(6))
P(1)
