g = 'global g'
class A:
    print(g)
    g = 'class g'
    print(g)
    class Inner:
        def who(self):
            return type(self).__qualname__
    def m(self):
        return g
print(A.g, A().m(), A.Inner().who(), A.Inner.__qualname__)
def f():
    x = 'f.x'
    class B:
        x = 'B.x'
        def m(self):
            return x
        y = x
        lst = [x for _ in range(1)]
    return B
B = f()
print(B().m(), B.y, B.lst)
counter = 0
class C:
    global counter
    counter = 5
print(counter, hasattr(C, 'counter'))
def h():
    n = 1
    class D:
        nonlocal n
        n = 2
    return n
print(h())
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted([k for k in ns if not k.startswith('__')]), kw)
        return super().__new__(mcls, name, bases, ns)
class E(metaclass=Meta, flag=1):
    a = 1
    def __init_subclass__(cls, **kw):
        pass
print(type(E).__name__)
class __Priv:
    pass
print(__Priv.__name__)
class P:
    def __m(self):
        return 'private m'
    def call(self):
        return self.__m()
    def __dunder__(self):
        return 'dunder'
print(P().call(), P()._P__m(), P().__dunder__())
class Q:
    def f(self, __a, *, __b=3):
        return __a + __b
print(Q().f(1))
class R:
    try:
        raise ValueError('x')
    except ValueError as err:
        caught = str(err)
print(R.caught, hasattr(R, 'err'))
class S:
    for i in range(3):
        pass
    while False:
        pass
    if True:
        yes = 1
    else:
        no = 1
    import sys as _sys
print(S.i, S.yes, hasattr(S, 'no'), S._sys.__name__)
