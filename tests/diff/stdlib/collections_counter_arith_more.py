from collections import Counter
a = Counter(x=3, y=1, z=0)
b = Counter(x=1, y=4, w=-2)
print(a + b, a - b, a | b, a & b, sorted((a + b).elements()))
c = a.copy()
c += b
d = a.copy()
d -= b
e = a.copy()
e |= b
f = a.copy()
f &= b
print(c, d, e, f)
print(Counter("hello").most_common(), Counter("hello").most_common(0), Counter("hello").most_common(-1), Counter().most_common(3))
g = Counter(["a", "b", "a"])
g.update(a=2)
g.update(Counter(b=5))
g.subtract(Counter(a=10))
print(g, g.total(), +g, -g, g == Counter(a=-6, b=6))
print(Counter(a=1) < Counter(a=1, b=1), Counter(a=2) >= Counter(a=1), Counter(a=0) == Counter())
