from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.x, p.y, p[0], p.norm2(), len(p), tuple(p))
print(Point(1), Point(y=2, x=1), p._replace(y=9), p._asdict())
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(isinstance(p, tuple), Point.__mro__, Point._make([5, 6]))
print(p == (3, 4), hash(p) == hash((3, 4)))
x, y = p
print(x, y, Point.__match_args__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
