import operator
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.inner = self if x == 0 else None
pts = [P(3, 1), P(1, 2), P(2, 0), P(0, 5)]
print([(p.x, p.y) for p in sorted(pts, key=operator.attrgetter("y"))], [(p.x, p.y) for p in sorted(pts, key=operator.attrgetter("x", "y"))])
print(operator.attrgetter("inner.inner.x")(pts[3]), operator.attrgetter("x", "inner")(pts[0]))
g = operator.itemgetter(1)
print(list(map(g, [(1, "a"), (2, "b")])), operator.itemgetter(0, 0)("ab"), operator.itemgetter("a", "b")({"a": 1, "b": 2}))
m = operator.methodcaller("replace", "a", "o", 1)
print(m("banana"), operator.methodcaller("upper")("x"), operator.methodcaller("get", "k", 0)({}))
try:
    operator.attrgetter("inner.x")(pts[1])
except AttributeError as e:
    print(type(e).__name__, e)
