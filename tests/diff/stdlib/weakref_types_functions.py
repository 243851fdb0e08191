# Weak references to functions, classes, bound methods, sets and generators.
import weakref
def f():
    return 42
rf = weakref.ref(f)
print(rf()(), rf() is f)
class C:
    def m(self):
        return "m"
rc = weakref.ref(C)
print(rc() is C, rc().__name__)
c = C()
bm = c.m
rm = weakref.ref(bm)
print(rm()())
del bm
print(rm())
s = {1, 2}
rs = weakref.ref(s)
print(rs())
del s
print(rs())
fs = frozenset([3])
print(weakref.ref(fs)())
g = (i for i in range(3))
rg = weakref.ref(g)
print(next(rg()), list(g))
del g
print(rg())
lam = lambda: 1
rl = weakref.ref(lam, lambda r: print("lambda gone"))
del lam
print("after")
print(weakref.ref(len)() is len, weakref.ref(int)() is int)
