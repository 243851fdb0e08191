class A:
    items = [3, 1, 2]
    @staticmethod
    def s(n):
        yield from range(n)
    @classmethod
    def c(cls):
        for i in sorted(cls.items):
            yield cls.__name__, i
    def m(self):
        yield self
print(list(A.s(3)), list(A.c()))
a = A()
print(next(a.m()) is a)
class B(A):
    items = [9]
print(list(B.c()))
