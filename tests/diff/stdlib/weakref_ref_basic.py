# weakref.ref: calling it, death of the referent, sharing, counts.
import weakref
class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name
a = Node("a")
r = weakref.ref(a)
print(r() is a, r(), type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(weakref.ref(a) is r, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
r2 = weakref.ref(a, lambda w: None)
print(r2 is r, weakref.getweakrefcount(a), r2() is a, r.__callback__, r2.__callback__ is not None)
del a
print(r(), r2(), weakref.getweakrefcount(Node("x")))
b = Node("b")
refs = [weakref.ref(b) for _ in range(3)]
print(all(x is refs[0] for x in refs))
b = None
print([x() for x in refs])
