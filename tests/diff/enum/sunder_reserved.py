from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
try:
    class E(Enum):
        _bad_ = 1
except ValueError as e:
    print(e)
class G(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
print(list(G), hasattr(G, 'tmp'))
