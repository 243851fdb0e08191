from enum import StrEnum, auto
class Color(StrEnum):
    RED = auto()
    GREEN = 'green'
    DARK_BLUE = auto()
print(list(Color), repr(Color.RED), str(Color.RED), format(Color.GREEN), f'{Color.DARK_BLUE}')
print(Color.RED == 'red', Color('green'), Color.RED.upper(), Color.GREEN + '!', isinstance(Color.RED, str))
print(sorted(Color), 'red' in Color, Color.DARK_BLUE.value)
