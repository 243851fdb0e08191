from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f'{Color.RED}', f'{Color.RED!r}')
print(Color.RED.name, Color.RED.value, type(Color.RED), repr(Color), Color)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
