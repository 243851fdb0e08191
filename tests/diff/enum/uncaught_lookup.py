from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class C(Enum):
    A = 1
print(C['A'])
C['Z']
