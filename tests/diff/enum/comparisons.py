from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED is Color.RED, Color.RED == 1)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print(e)
try:
    Color.RED >= 2
except TypeError as e:
    print(e)
