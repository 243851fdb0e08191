# WeakKeyDictionary: per-object data that disappears with the object.
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
d = weakref.WeakKeyDictionary()
a, b = Obj("a"), Obj("b")
d[a] = 1
d[b] = 2
print(len(d), d[a], d.get(b), a in d, 5 in d, d.get(Obj("x"), "none"))
print(sorted(k.name for k in d), sorted(d.values()), sorted((k.name, v) for k, v in d.items()))
del a
print(len(d), sorted(d.values()))
d[b] += 10
print(d[b], d.setdefault(b, 0), d.pop(b), len(d))
try:
    d[b]
except KeyError:
    print("KeyError")
try:
    d[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
c = Obj("c")
d.update({c: "x"})
print(len(d), d[c])
del c
print(len(d))
cache = weakref.WeakKeyDictionary()
def compute(o):
    if o not in cache:
        cache[o] = o.name * 2
    return cache[o]
objs = [Obj(s) for s in "xyz"]
print([compute(o) for o in objs], len(cache))
objs.pop()
print(len(cache))
objs.clear()
print(len(cache))
