class Triple:
    def __init__(self, *v):
        self.v = v

    def __iter__(self):
        return TripleIter(self.v)


class TripleIter:
    def __init__(self, v):
        self.v = v
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == len(self.v):
            raise StopIteration
        self.i += 1
        return self.v[self.i - 1]


a, b, c = Triple(1, 2, 3)
print(a, b, c)
first, *rest = Triple(1, 2, 3, 4)
print(first, rest)
print([*Triple(7, 8), *Triple(9)])
print(*Triple("x", "y"), sep="-")
print(max(*Triple(3, 9, 2)))
try:
    x, y = Triple(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
x, y, z = Triple(1)
