from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color['RED'], Color['BLUE'].value, getattr(Color, 'GREEN'))
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color[1]
except KeyError as e:
    print(repr(e))
