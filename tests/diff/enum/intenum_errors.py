from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Num(IntEnum):
    ONE = 1
try:
    Num(5)
except ValueError as e:
    print(e)
try:
    class Bad(IntEnum):
        A = 'x'
except ValueError as e:
    print(type(e).__name__, e)
print(Num.ONE.value, type(Num.ONE.value), Num.ONE.name, type(Num.ONE))
