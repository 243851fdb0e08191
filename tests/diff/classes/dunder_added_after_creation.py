class A:
    def __init__(self, v):
        self.v = v


a, b = A(1), A(2)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
A.__add__ = lambda self, o: A(self.v + o.v)
A.__repr__ = lambda self: f"A({self.v})"
A.__len__ = lambda self: self.v
A.__eq__ = lambda self, o: self.v == o.v
A.__getitem__ = lambda self, i: self.v * i
print(a + b, len(b), a == A(1), b[10])
A.__iter__ = lambda self: iter(range(self.v))
print(list(b))
A.__call__ = lambda self, x: x + self.v
print(a(41))
A.__bool__ = lambda self: self.v > 1
print(bool(a), bool(b))
A.__neg__ = lambda self: A(-self.v)
print(-b)
A.__lt__ = lambda self, o: self.v < o.v
print(sorted([b, a]))
