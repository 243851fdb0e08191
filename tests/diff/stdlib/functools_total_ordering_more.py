import functools
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == V(1), b >= b, sorted([V(3), a, b])[0].v)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= 5
except TypeError as e:
    print(type(e).__name__, e)
@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(2))
try:
    @functools.total_ordering
    class N:
        pass
except ValueError as e:
    print(type(e).__name__, e)
