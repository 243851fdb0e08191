class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
print(hasattr(p, "__dict__"))
print(P.__slots__)
print(type(P.x).__name__)
print(repr(P.x))
del p.y
print(hasattr(p, "y"))
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.z = 3
