from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(list(Color), len(Color), [c.name for c in Color])
print(list(reversed(Color)), [c.value for c in reversed(Color)])
for i, c in enumerate(Color):
    print(i, c)
print(sorted(Color, key=lambda c: -c.value))
