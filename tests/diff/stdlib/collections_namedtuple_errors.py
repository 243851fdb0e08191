from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields, p.x + p.y, p[0], tuple(p))
for thunk in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, y=2, z=3), lambda: p._replace(z=1), lambda: P._make([1]),
              lambda: namedtuple("Q", "a a"), lambda: namedtuple("Q", "a def"), lambda: namedtuple("Q", "_a"), lambda: namedtuple("1Q", "a"),
              lambda: setattr(p, "x", 9)]:
    try:
        print(thunk())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
R = namedtuple("R", ["a", "def", "a"], rename=True)
print(R._fields, namedtuple("D", "a b", defaults=[2])(1), namedtuple("D", "a b", defaults=[2])._field_defaults)
