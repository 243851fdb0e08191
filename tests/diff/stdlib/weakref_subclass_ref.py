# Subclasses of weakref.ref can carry extra data.
import weakref
class KeyedRef(weakref.ref):
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
class Obj:
    pass
removed = []
def cb(r):
    removed.append(r.key)
o1, o2 = Obj(), Obj()
k1 = KeyedRef(o1, cb, "one")
k2 = KeyedRef(o2, cb, "two")
print(k1.key, k1() is o1, isinstance(k1, weakref.ref), type(k1).__name__, weakref.getweakrefcount(o1))
del o1
print(removed, k1())
del o2
print(removed)
class Named(weakref.ref):
    pass
o3 = Obj()
n = Named(o3)
print(n() is o3, n is not weakref.ref(o3))
