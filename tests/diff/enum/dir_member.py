from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class A(Enum):
    X = 1
    Y = 2
    def m(self):
        pass
print(dir(A.X))
print(dir(A))
