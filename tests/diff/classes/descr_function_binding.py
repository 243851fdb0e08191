def f(self, x):
    return (type(self).__name__, x)


class A:
    pass


a = A()
bound = f.__get__(a, A)
print(bound(1))
print(bound.__self__ is a, bound.__func__ is f)
print(f.__get__(None, A) is f)
A.g = f
print(a.g(2))
print(A.g is f)
print(type(A.__dict__["g"]).__name__, type(a.g).__name__)
print(len.__get__ if hasattr(len, "__get__") else "builtins have no __get__")


class B:
    pass


B.method = lambda self: "lambda bound to " + type(self).__name__
print(B().method())
