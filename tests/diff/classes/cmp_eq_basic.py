class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        print("eq called")
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    __hash__ = None


a, b, c = P(1, 2), P(1, 2), P(2, 1)
print(a == b, a == c)
print(a != b, a != c)
print(a == 5, 5 == a, a != "s")
print([a, c].count(b))
print(b in [c, a])
print(a is b)
