class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    @property
    def length2(self):
        return self.x**2 + self.y**2


total = Vec()
for i in range(5):
    total = total + Vec(i, -i)
print(total, total.length2)
v = Vec()
print(v)
v2 = Vec.__new__(Vec)
try:
    v2.x
except AttributeError as e:
    print("AttributeError:", e)
