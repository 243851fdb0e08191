from collections import deque
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v
d = deque([Eq(1), Eq(2)])
print(Eq(2) in d, Eq(3) in d, d.count(Eq(1)), d.index(Eq(2)))
d.remove(Eq(1)); print(len(d))
n = float('nan')
e = deque([n, 1]); print(n in e, e.count(n))
print(deque([1, 2]) == deque([1.0, 2.0]), deque([1]) != deque([True]))
