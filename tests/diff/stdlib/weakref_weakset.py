# WeakSet: membership that ends with the member's life.
import weakref
class Obj:
    def __init__(self, n):
        self.n = n
s = weakref.WeakSet()
objs = [Obj(i) for i in range(5)]
for o in objs:
    s.add(o)
s.add(objs[0])
print(len(s), objs[2] in s, Obj(9) in s, 3 in s)
del objs[1:3]
print(len(s), sorted(o.n for o in s))
s.discard(objs[0])
s.discard(Obj(7))
print(len(s))
try:
    s.remove(Obj(8))
except KeyError:
    print("KeyError")
t = weakref.WeakSet(objs)
print(len(t), len(s | t), len(s & t), len(t - s), len(s ^ t), s <= t, t >= s, s == weakref.WeakSet(objs[1:]))
p = t.pop()
print(p in objs, len(t))
objs.clear()
del o, p
print(len(s), len(t), list(s))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
