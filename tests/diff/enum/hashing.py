from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.RED], Color.BLUE in d, len({Color.RED, Color.RED, Color.GREEN}))
print(hash(Color.RED) == hash('RED'), hash(Color.RED) == hash(Color(1)))
