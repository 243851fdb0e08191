# PEP 695 generics in closures, methods (super()), comprehensions, generators, static methods.
def outer():
    y = int
    class C[T](list):
        z: y = 1
        def m[U](self, a: y, b: U) -> T:
            return super().__len__()
    return C
C = outer()
print(C.m.__annotations__, C([1,2]).m(1, 2), C.__annotations__)
def f[T]():
    return [T for _ in range(2)]
print(f())
def g[T](x: T = None) -> T:
    yield x
print(list(g()), g.__type_params__)
class K:
    def m[T](self): return T
    @staticmethod
    def s[T](): return T
print(K().m(), K.s())
