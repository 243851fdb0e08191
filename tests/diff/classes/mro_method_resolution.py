class A:
    def f(self):
        return "A.f"

    def g(self):
        return "A.g"

    def h(self):
        return "A.h"


class B(A):
    def g(self):
        return "B.g"


class C(A):
    def f(self):
        return "C.f"

    def g(self):
        return "C.g"


class D(B, C):
    def h(self):
        return "D.h"


d = D()
print(d.f(), d.g(), d.h())
for k in D.__mro__:
    print(k.__name__, sorted([n for n in vars(k) if n in ("f", "g", "h")]))
