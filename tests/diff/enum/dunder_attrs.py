from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.__name__, Color.__qualname__, Color.RED.__class__.__name__, Color._member_names_)
print(Color._member_map_['RED'], Color._value2member_map_[2])
print(Color.RED._name_, Color.RED._value_)
