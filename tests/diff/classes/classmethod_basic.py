class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @classmethod
    def kind(cls):
        return cls.__name__

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class Holiday(Date):
    pass


print(Date.from_string("2024-01-31"))
print(Holiday.from_string("2023-12-25"))
print(Date.kind(), Holiday.kind(), Holiday(1, 2, 3).kind())
cm = Date.__dict__["kind"]
print(type(cm).__name__, cm.__func__(Holiday))
bm = Holiday.kind
print(bm.__self__ is Holiday)
