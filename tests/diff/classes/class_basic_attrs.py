class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, p.dims, Point.dims)
print(p.norm2())
p.x = 10
print(p.norm2())
p.dims = 3
print(p.dims, Point.dims)
q = Point(1, 1)
print(q.dims)
Point.dims = 5
print(p.dims, q.dims)
print(type(p).__name__, type(p) is Point)
