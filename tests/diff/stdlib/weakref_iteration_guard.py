# Referents dying while a weak container is iterated: removal is deferred.
import weakref
class Obj:
    def __init__(self, n):
        self.n = n
objs = {i: Obj(i) for i in range(6)}
d = weakref.WeakValueDictionary(objs)
seen = []
for k in d:
    seen.append(k)
    if k == 1:
        del objs[4]
        del objs[5]
print(sorted(seen), len(d), sorted(d.keys()))
s = weakref.WeakSet(objs.values())
count = 0
for o in s:
    count += 1
    objs.pop(o.n, None)
del o
print(count >= 1, len(s), len(objs))
kd = weakref.WeakKeyDictionary({o: o.n for o in [Obj(1)]})
print(len(kd))
