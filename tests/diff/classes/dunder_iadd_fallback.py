class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        print("__add__")
        return V(self.n + (o.n if isinstance(o, V) else o))

    def __rsub__(self, o):
        print("__rsub__")
        return V(o - self.n)


v = V(1)
orig = v
v += V(2)
print(v.n, v is orig)
x = 10
x -= V(3)
print(x.n)


class NI:
    def __iadd__(self, o):
        print("__iadd__ declines")
        return NotImplemented

    def __add__(self, o):
        print("__add__ used")
        return "added"


n = NI()
n += 1
print(n)
y = V(0)
y *= 2
