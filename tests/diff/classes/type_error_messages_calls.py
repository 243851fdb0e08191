class K:
    def m(self, a, b=2, *, c):
        return a + b + c

    @staticmethod
    def s(x):
        return x

    @classmethod
    def k(cls, y):
        return y


k = K()
for call in (lambda: k.m(), lambda: k.m(1), lambda: k.m(1, 2, 3, c=1), lambda: k.m(1, c=1, d=2),
             lambda: K.s(), lambda: K.k(1, 2), lambda: K.m(1, c=2), lambda: K(1),
             lambda: k(), lambda: K.s(1, x=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
