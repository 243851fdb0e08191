class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, o):
        return Point(self.x + o[0], self.y + o[1])


p = Point(1, 2)
print(p, p.x, p.y, len(p), list(p))
print(p + Point(10, 20), p + (5, 5))
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)))
print(p[::-1], type(p[::-1]).__name__, p.count(1), p.index(2))
print(sorted([Point(2, 1), Point(1, 5)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
p.z = 1
