class O:
    pass


class F(O):
    pass


class E(O):
    pass


class D(O):
    pass


class C(D, F):
    pass


class B(D, E):
    pass


class A(B, C):
    pass


def names(cls):
    return " ".join([k.__name__ for k in cls.__mro__])


for k in (A, B, C, D, E, F, O):
    print(k.__name__, ":", names(k))


class K1(O):
    pass


class K2(K1, F):
    pass


class K3(E, K2):
    pass


print(names(K3))
