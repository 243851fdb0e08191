class A:
    pass


class B:
    pass


class C(A, B):
    pass


class D(C):
    pass


print(A.__bases__ == (object,), C.__bases__ == (A, B))
print([b.__name__ for b in D.__bases__])
print(D.__base__ is C, C.__base__ is A)
print(object.__bases__, object.__base__)
print(issubclass(D, B), issubclass(B, D))
print(len(D.__mro__))
print(int.__mro__ == (int, object), bool.__mro__ == (bool, int, object))
