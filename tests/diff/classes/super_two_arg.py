class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f"


class C(B):
    def f(self):
        return "C.f"


c = C()
print(super(C, c).f())
print(super(B, c).f())
print(super(C, C).f(c))


class D(C):
    def f(self):
        return super(B, self).f() + "+" + super(D, self).f()


print(D().f())
s = super(C, c)
print(type(s).__name__)
try:
    super(A, c).f()
except AttributeError as e:
    print("AttributeError:", e)
super(int, c)
