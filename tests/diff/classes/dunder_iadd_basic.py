class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        print("__iadd__", other)
        self.items.append(other)
        return self

    def __add__(self, other):
        print("__add__", other)
        n = Acc()
        n.items = self.items + [other]
        return n


a = Acc()
orig = a
a += 1
a += 2
print(a is orig, a.items)
b = a + 3
print(b is a, b.items, a.items)


class Holder:
    pass


h = Holder()
h.acc = Acc()
h.acc += "x"
print(h.acc.items)
lst = [Acc()]
lst[0] += "y"
print(lst[0].items)
