class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def only_b(self):
        return "only B"


bases = (A, B)


class C(*bases):
    pass


print([k.__name__ for k in C.__mro__])
c = C()
print(c.who(), c.only_b())
print(C.__bases__ == (A, B))
kw = {}


class D(B, **kw):
    pass


print(D().who())
