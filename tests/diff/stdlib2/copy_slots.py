import copy
class S:
    __slots__ = ("a", "b")
class S2(S):
    __slots__ = ("c", "__p")
s = S(); s.a = 1; s2 = copy.copy(s); print(s2.a, hasattr(s2, "b"))
x = S2(); x.a = 1; x.c = [3]; x._S2__p = 9
y = copy.deepcopy(x); print(y.a, y.c, y.c is x.c, y._S2__p, hasattr(y, "b"))
z = copy.copy(x); print(z.c is x.c)
class Mixed:
    __slots__ = ("s", "__dict__")
m = Mixed(); m.s = 1; m.d = 2
m2 = copy.copy(m); print(m2.s, m2.d)
