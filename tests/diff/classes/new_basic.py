class A:
    def __new__(cls, *args, **kw):
        print("__new__", cls.__name__, args, kw)
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, x, y=0):
        print("__init__", x, y)
        self.x = x


a = A(1)
print(a.created, a.x)
b = A(2, y=3)
print(type(b).__name__)


class B(A):
    pass


b2 = B(7)
print(type(b2).__name__, b2.x)
