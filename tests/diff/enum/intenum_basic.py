from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(Num.ONE, repr(Num.TWO), str(Num.THREE), format(Num.ONE), f'{Num.TWO:>5}|', f'{Num.THREE:03d}')
print(Num.ONE + 1, Num.TWO * 3, Num.THREE == 3, Num.ONE < Num.TWO, Num.TWO < 3, int(Num.THREE))
print(sorted([Num.THREE, Num.ONE, 2]), isinstance(Num.ONE, int), Num(2), [1, 2, 3][Num.ONE])
print(hash(Num.ONE) == hash(1), {1: 'a'}[Num.ONE], repr(Num))
