class Bag:
    items = []

    def add(self, x):
        self.items.append(x)


a = Bag()
b = Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items)
print(a.items is b.items)


class Bag2:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


c = Bag2()
d = Bag2()
c.add(1)
d.add(2)
print(c.items, d.items)
