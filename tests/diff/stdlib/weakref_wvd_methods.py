# WeakValueDictionary method surface: copy, update forms, popitem, valuerefs, |.
import weakref
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V%d" % self.n
vals = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary((i, v) for i, v in enumerate(vals))
c = d.copy()
print(len(c), type(c).__name__, sorted(c.items(), key=lambda kv: kv[0]))
d.update([(10, vals[0])])
print(sorted(d.keys()), len(d.valuerefs()), all(r() is not None for r in d.itervaluerefs()))
k, v = d.popitem()
print(k in d, isinstance(v, V), len(d))
e = d | {20: vals[1]}
print(type(e).__name__, sorted(e.keys())[-1], len(d))
d |= {30: vals[2]}
print(30 in d)
del vals[:]
del v
print(len(d), len(c), len(e), list(d.items()))
d.clear()
print(len(d))
