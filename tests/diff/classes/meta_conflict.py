class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class M3(M1, M2):
    pass


class C(A, B, metaclass=M3):
    pass


print(type(C).__name__)


class M1Sub(M1):
    pass


class D(A, metaclass=M1Sub):
    pass


class E(D, A):
    pass


print(type(D).__name__, type(E).__name__)


class Bad(A, B):
    pass
