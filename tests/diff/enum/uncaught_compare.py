from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(sorted([Color.RED]))
print(sorted([Color.RED, Color.BLUE]))
