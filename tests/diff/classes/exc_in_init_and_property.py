class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v

    @property
    def inverse(self):
        return 1 / self.v


try:
    Strict(-1)
except ValueError as e:
    print("ValueError:", e)
s = Strict(0)
try:
    s.inverse
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Lazy:
    @property
    def broken(self):
        raise AttributeError("inner missing")

    def __getattr__(self, name):
        return "getattr fallback for " + name


print(Lazy().broken)
Strict(2).inverse
s.inverse
