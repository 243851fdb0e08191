from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
try:
    class E(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class F(Enum):
        A = 1
        def A(self):
            pass
except TypeError as e:
    print(e)
