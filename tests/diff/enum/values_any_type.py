from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Misc(Enum):
    NONE = None
    TUP = (1, 2)
    STR = 'text'
    FLT = 1.5
    LST = [1, 2]
print(list(Misc))
print(Misc(None), Misc((1, 2)), Misc('text'), Misc(1.5), Misc([1, 2]))
print([1, 2] in Misc, [3] in Misc)
