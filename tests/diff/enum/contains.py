from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED in Color, 1 in Color, 5 in Color, 'RED' in Color)
class Other(Enum):
    RED = 1
print(Other.RED in Color, [1] in Color)
