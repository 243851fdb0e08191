class A:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def m(self, x, *, flag=False):
        return x

    @classmethod
    def c(cls, y):
        return y

    @staticmethod
    def s(z):
        return z


tests = [
    lambda: A(),
    lambda: A(1),
    lambda: A(1, 2, 3),
    lambda: A(1, b=2, a=3),
    lambda: A(1, 2).m(),
    lambda: A(1, 2).m(1, 2),
    lambda: A(1, 2).m(1, z=3),
    lambda: A(1, 2).m(1, x=2),
    lambda: A.c(),
    lambda: A.c(1, 2),
    lambda: A.s(),
    lambda: A(1, 2).s(1, 2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
A(1, 2).m(1, True)
