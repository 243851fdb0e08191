from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'V(%d)' % self.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), sorted([V(3), V(1), V(2)]))
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(2), G(1) > G(2))
@total_ordering
class L:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
    def __eq__(self, o):
        return self.v == o.v
print(L(1) < L(2), L(2) > L(1), L(2) >= L(2))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print('ValueError', e)
