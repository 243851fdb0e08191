class A:
    pass


try:
    class B(object, A):
        pass
except TypeError as e:
    print("TypeError:", e)


class C(A, object):
    pass


print([k.__name__ for k in C.__mro__])


class D(A):
    pass


class E(A, D):
    pass
