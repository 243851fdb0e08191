# Counter over a str (characters counted in order of first appearance), and
# _count_elements through subclasses that override get or __setitem__
# (CPython then goes through the overrides for every element).
from collections import Counter

c = Counter("abracadabra  \n\tzz")
print(list(c.items()))
print(c.most_common(3))
print(Counter("") == Counter(), list(Counter("x" * 100000).items()))
big = "the quick brown fox jumps over the lazy dog " * 5000
print(sorted(Counter(big).items())[:6], len(Counter(big)))
# Non-ASCII text and an existing count.
print(list(Counter("héllo wörld é").items()))
c = Counter(a=5, z=1)
c.update("banana")
print(list(c.items()))
c = Counter("aab")
c.update("bcc")
print(list(c.items()))
c.subtract("abc")
print(list(c.items()))


class Loud(Counter):
    def __setitem__(self, k, v):
        print("set", repr(k), v)
        super().__setitem__(k, v)


print(Loud("abca"))


class Getter(Counter):
    def get(self, k, default=None):
        print("get", repr(k))
        return super().get(k, default)


print(Getter(["x", "y", "x"]))
print(Getter("pq"))


class KeyEq(str):
    def __eq__(self, other):
        r = str.__eq__(self, other)
        if r is True:  # (unequal probes depend on the hash seed)
            print("eq", str.__str__(self), other)
        return r

    def __hash__(self):
        return str.__hash__(self)


c = Counter()
c[KeyEq("a")] = 10
c.update("aba")
print(sorted(c.items()))


class Sub(Counter):
    pass


s = Sub("mississippi")
print(type(s).__name__, list(s.items()))
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter([[1]])
except TypeError as e:
    print(type(e).__name__, e)
