# Weak references to objects in containers die with the container's last reference.
import weakref
class Leaf:
    def __init__(self, n):
        self.n = n
log = []
leaves = [Leaf(i) for i in range(4)]
refs = [weakref.ref(l, lambda r, i=i: log.append(i)) for i, l in enumerate(leaves)]
leaves.pop(1)
print(log)
leaves.reverse()
del leaves[:2]
print(log)
leaves = None
print(sorted(log), [r() for r in refs])
d = {"a": Leaf(9)}
rd = weakref.ref(d["a"], lambda r: log.append("dict"))
d["a"] = Leaf(10)
print(log[-1], rd())
class Holder:
    def __init__(self):
        self.child = Leaf(1)
h = Holder()
rc = weakref.ref(h.child, lambda r: log.append("child"))
del h
print(log[-1], rc())
