class Num:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        Num.calls += 1
        print("lt", self.v, o.v)
        return self.v < o.v

    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, Num) and self.v == o.v

    __hash__ = object.__hash__


a, b, c = Num(1), Num(2), Num(3)
print(a < b < c)
print(c < b < a)
print(Num.calls)
print(Num(2) in [a, b, c])
print(Num(5) in (a, b))
print(a in [a])
