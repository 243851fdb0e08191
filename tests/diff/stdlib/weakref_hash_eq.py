# Equality and hashing of references follow the referents while alive.
import weakref
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
a, b, c = K(1), K(1), K(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, hash(ra) == hash(1), hash(ra) == hash(rb))
print(ra == a, (ra == 5), ra != "x")
d = {ra: "a"}
print(d[rb], rc in d)
h = hash(rc)
del c
print(rc(), hash(rc) == h, rc == rc, rc == rb, rc != ra)
rc2 = weakref.ref(b, lambda r: None)
del b
print(rb == rc2, rb is rc2)
