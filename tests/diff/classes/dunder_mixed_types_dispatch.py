class A:
    def __add__(self, o):
        return "A+" + type(o).__name__

    def __radd__(self, o):
        return type(o).__name__ + "+A"


class B:
    def __add__(self, o):
        return "B+" + type(o).__name__

    def __radd__(self, o):
        return type(o).__name__ + "+B"


print(A() + B(), B() + A())
print(1 + A(), A() + 1, [1] + A(), A() + [1])
print(1.5 + B(), "s" + B(), None + A() if False else "skip")
print(True + A())


class C(A):
    pass


print(A() + C(), C() + A())
