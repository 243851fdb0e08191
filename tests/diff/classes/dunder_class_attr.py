class A:
    pass


class B(A):
    pass


a, b = A(), B()
print(a.__class__ is A, b.__class__ is B)
print(a.__class__.__name__, b.__class__.__bases__[0].__name__)
print((5).__class__, "s".__class__, [].__class__)
print(A.__class__, type(A) is type)
print(b.__class__.__mro__[1] is A)
x = b.__class__()
print(type(x).__name__)
