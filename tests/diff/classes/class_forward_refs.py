class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def leaves(self):
        if not self.children:
            return [Leaf(self.value)]
        out = []
        for c in self.children:
            out.extend(c.leaves())
        return out

    def depth(self):
        return 1 + max(([c.depth() for c in self.children]), default=0)


class Leaf:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Leaf({self.v})"


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3))
print(t.leaves(), t.depth())
