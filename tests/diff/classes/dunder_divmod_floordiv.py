class Dur:
    def __init__(self, s):
        self.s = s

    def __floordiv__(self, o):
        return self.s // o

    def __mod__(self, o):
        return Dur(self.s % o)

    def __divmod__(self, o):
        return (self // o, self % o)

    def __truediv__(self, o):
        return self.s / o

    def __rtruediv__(self, o):
        return o / self.s

    def __repr__(self):
        return f"Dur({self.s})"


d = Dur(125)
print(d // 60, d % 60, divmod(d, 60))
print(d / 4, 250 / d)
try:
    divmod(60, d)
except TypeError as e:
    print("TypeError:", e)
d // "x"
