from enum import Enum, verify, UNIQUE, CONTINUOUS
@verify(UNIQUE)
class A(Enum):
    X = 1
    Y = 2
print(list(A))
try:
    @verify(UNIQUE)
    class B(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(e)
@verify(CONTINUOUS)
class C(Enum):
    P = 1
    Q = 2
    R = 3
print(list(C))
try:
    @verify(CONTINUOUS)
    class D(Enum):
        P = 1
        Q = 4
except ValueError as e:
    print(e)
