class A:
    """doc of A"""
    x = 1
    y = x + 1
    def f(self):
        return self.x + 10
    z = [i for i in range(3)]
print(A.__name__, A.__qualname__, A.__module__, A.__doc__)
print(A.x, A.y, A.z)
a = A()
print(a.f())
class B(A):
    def f(self):
        return super().f() * 2
print(B().f())
def outer():
    v = 5
    class C:
        w = v
        def g(self):
            return v + 1
    return C
C = outer()
print(C.w, C().g(), C.__qualname__)
class D:
    __p = 3
    def get(self):
        return self.__p
    def setp(self, v):
        self.__q = v
        return self._D__q
print(D().get(), D._D__p, D().setp(7))
def deco(cls):
    cls.tag = 'decorated'
    return cls
@deco
class E:
    pass
print(E.tag)
bases = (A,)
class F(*bases):
    pass
print(F().f())
class G:
    a: int = 3
    b: str
print(G.__annotations__)
try:
    class H:
        x = undefined_name
except NameError as e:
    print(e)
class K:
    def m(self):
        return __class__
print(K().m() is K)
def f2():
    return super()
try:
    f2()
except RuntimeError as e:
    print(e)
def f3(x):
    return super()
try:
    f3(1)
except RuntimeError as e:
    print(e)
class L:
    len = 5
    n = len
    del len
    m = len([1, 2])
print(L.n, L.m, hasattr(L, 'len'))
