from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

m = Color.__members__
print(m, type(m).__name__, list(m), list(m.values()), len(m))
print(m['GREEN'])
try:
    m['X'] = 1
except TypeError as e:
    print(type(e).__name__)
