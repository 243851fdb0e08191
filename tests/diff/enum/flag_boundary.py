from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from enum import STRICT, CONFORM, EJECT, KEEP
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(C(7)), repr(C(4)))
class E(Flag, boundary=EJECT):
    A = 1
    B = 2
print(E(7), type(E(7)).__name__, repr(E(3)))
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(K(7)), repr(K(4)))
print(repr(STRICT), repr(KEEP))
