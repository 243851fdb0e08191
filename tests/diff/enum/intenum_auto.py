from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(list(Level), Level.HIGH - Level.LOW, max(Level), Level(2))
print(Level.MID in Level, 2 in Level, 9 in Level)
