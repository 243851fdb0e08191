from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

def describe(c):
    match c:
        case Color.RED:
            return 'warm'
        case Color.GREEN | Color.BLUE:
            return 'cool'
        case _:
            return 'unknown'
for c in list(Color) + [5]:
    print(c, describe(c))
class Cmd(IntEnum):
    GO = 1
    STOP = 2
match 2:
    case Cmd.GO:
        print('go')
    case Cmd.STOP:
        print('stop')
