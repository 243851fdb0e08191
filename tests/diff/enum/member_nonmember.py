from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from enum import member, nonmember
class E(Enum):
    A = 1
    B = nonmember(2)
    @member
    def f(x):
        return x * 2
print(list(E.__members__), E.B, E.f.value(3))
