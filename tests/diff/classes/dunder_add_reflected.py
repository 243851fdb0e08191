class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("__add__", type(other).__name__)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        print("__radd__", type(other).__name__)
        return Meters(other + self.v)

    def __repr__(self):
        return f"Meters({self.v})"


m = Meters(3)
print(m + 1)
print(1 + m)
print(2.5 + m)
print(sum([Meters(1), Meters(2), Meters(3)]))
print(sum([m, m], 10))
