import types
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, repr(ns))
ns.c = [1]; del ns.a; print(ns)
print(ns == types.SimpleNamespace(b="x", c=[1]), ns != types.SimpleNamespace(), ns == 5)
ns.me = ns; print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
class Sub(types.SimpleNamespace): pass
print(Sub(z=2), Sub(z=2) == types.SimpleNamespace(z=2))
print(types.SimpleNamespace(), vars(types.SimpleNamespace(q=1)))
try:
    types.SimpleNamespace().missing
except AttributeError as e:
    print("AttributeError")
