from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Ordinal(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()
    WEST = auto()
print(list(Ordinal), [o.value for o in Ordinal])
class Mixed(Enum):
    A = 10
    B = auto()
    C = 20
    D = auto()
print([m.value for m in Mixed])
print(repr(auto()), repr(auto(5)))
