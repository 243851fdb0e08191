# WeakValueDictionary: entries vanish when values die.
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%r)" % self.name
d = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
d["a"] = a
d["b"] = b
d[3] = c
print(len(d), sorted(map(str, d.keys())), d["a"], d.get("b"), d.get("zz", "dflt"), "a" in d, "q" in d)
del a
print(len(d), "a" in d, d.get("a"))
try:
    d["a"]
except KeyError as e:
    print("KeyError", e)
print(sorted(map(str, d)), sorted(v.name for v in d.values()), sorted((str(k), v.name) for k, v in d.items()))
print(d.pop("b"), len(d), d.pop("nope", 42))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
b = None
c2 = Obj("c2")
print(d.setdefault(3, c2), d.setdefault(4, c2), len(d))
del c
print(len(d), d[4])
d.update({5: c2}, six=c2)
print(sorted(map(str, d.keys())))
del c2
print(len(d), list(d.items()))
e = weakref.WeakValueDictionary({1: Obj("tmp")})
print(len(e))
