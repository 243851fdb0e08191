class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


class Pos(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))


u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str))
print(u + "!", type(u + "!").__name__)
p = Pos(-5)
print(p, p + 1, type(p).__name__)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


pr = Pair(1, 2)
print(pr, pr.swap(), len(pr), pr[0])
