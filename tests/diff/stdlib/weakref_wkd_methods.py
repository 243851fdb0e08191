# WeakKeyDictionary method surface: keyrefs, popitem, setdefault, copy, |.
import weakref
class K:
    def __init__(self, n):
        self.n = n
ks = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary({k: k.n * 10 for k in ks})
print(len(d), sorted(d.values()), len(d.keyrefs()), d.setdefault(ks[0], 99), d.setdefault(K(7), 1))
c = d.copy()
k, v = d.popitem()
print(isinstance(k, K), v == k.n * 10, len(d), len(c))
e = d | {ks[0]: -1}
print(type(e).__name__, e[ks[0]], d[ks[0]])
print(d.pop(ks[1], "x"), d.pop(K(5), "missing"), d.get(ks[1], "gone"))
del ks[:]
del k
print(len(d), len(c), len(e))
