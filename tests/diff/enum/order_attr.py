from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class E(Enum):
    _order_ = 'A B C'
    A = 1
    B = 2
    C = 3
print(list(E))
try:
    class F(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(e)
