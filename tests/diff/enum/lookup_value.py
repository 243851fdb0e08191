from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color(1), Color(3) is Color.BLUE, Color(Color.RED))
try:
    Color(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color('RED')
except ValueError as e:
    print(e)
try:
    Color([1])
except ValueError as e:
    print(e)
