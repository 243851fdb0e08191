from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(f'[{Color.RED:>12}]', f'[{Color.RED:<12}]', '{:^14}'.format(Color.GREEN), '%s and %r' % (Color.RED, Color.BLUE))
class I(IntEnum):
    A = 42
print(f'{I.A:x}', f'{I.A:>6}', '%d' % I.A, '{}'.format(I.A), '%s' % I.A)
