class A:
    x = 1
    y = [x for _ in range(2)]
    def m(self):
        return x, self
    def n(self):
        return super().n(), __class__
    class B:
        z = x
    __private = 2
    def p(self):
        return self.__private, __other
def f():
    v = 1
    class C:
        w = v
        v = 2
        def m(self):
            return v
    return C
def g():
    class D:
        def m(self):
            return super()
    return D
class E(A, metaclass=type):
    global gg
    gg = 1
    def q(self):
        nonlocal_like = 1
        return nonlocal_like
