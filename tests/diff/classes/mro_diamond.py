class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


class E(C, B):
    pass


def names(cls):
    return [k.__name__ for k in cls.__mro__]


print(names(D), D().who())
print(names(E), E().who())
print(D.mro() == list(D.__mro__))
print(type(D.__mro__).__name__, type(D.mro()).__name__)
print(names(object), names(A))
