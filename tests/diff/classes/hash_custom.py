class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


d = {Key(1, 2): "x"}
print(d[Key(1, 2)])
print(Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
print(hash(Key(3, 4)) == hash((3, 4)))


class Const:
    def __hash__(self):
        return 12345


print(hash(Const()))


class Big:
    def __hash__(self):
        return 2**70 + 5


print(hash(Big()))


class Neg:
    def __hash__(self):
        return -1


print(hash(Neg()))
