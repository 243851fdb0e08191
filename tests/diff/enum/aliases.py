from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape), len(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(Shape.ALIAS_FOR_SQUARE.name, list(Shape.__members__))
print(Shape['ALIAS_FOR_SQUARE'])
