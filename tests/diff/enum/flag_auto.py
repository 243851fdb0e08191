from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print([c.value for c in Color], Color.WHITE, repr(Color.WHITE), list(Color.WHITE))
print(Color.RED | Color.GREEN | Color.BLUE is Color.WHITE, list(Color.__members__))
print(repr(Color.RED | Color.BLUE), Color(3), Color(7))
