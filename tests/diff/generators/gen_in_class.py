class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def walk(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.walk(depth + 1)

t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t))
print(list(t.walk()))
print(sum(t))

class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * 10
print(list(Counter(3)))
print(Counter.__iter__.__qualname__, iter(Counter(1)).__qualname__)
