# weakref.proxy objects: their type names, module, reprs (addresses masked)
# and what the proxy types refuse.
import weakref


class A:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "A(%r)" % self.v


def f():
    return 7


def mask(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            out.append("ADDR")
            i += 2
            while i < len(s) and s[i] in "0123456789abcdef":
                i += 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


a = A(1)
p = weakref.proxy(a)
c = weakref.proxy(f)
for t in (type(p), type(c)):
    print(t.__name__, t.__qualname__, t.__module__, str(t), repr(t))
print(type(p) is weakref.ProxyType, type(c) is weakref.CallableProxyType)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(mask(repr(p)))
print(mask(repr(c)))
print(str(p), c())
print(isinstance(p, weakref.ProxyType), isinstance(c, weakref.ProxyType))
print(isinstance(p, A), p.__class__ is A)
print(issubclass(weakref.CallableProxyType, weakref.ProxyType))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(weakref.ProxyType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ProxyType(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.CallableProxyType(f)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub2(weakref.CallableProxyType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
del a
print(mask(repr(p)))
try:
    p.v
except ReferenceError as e:
    print(type(e).__name__, e)
try:
    str(p)
except ReferenceError as e:
    print(type(e).__name__, e)
