class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, *values):
        self.head = None
        self.size = 0
        for v in reversed(values):
            self.push(v)

    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        return LLIter(self.head)

    def __repr__(self):
        return "LinkedList(" + ", ".join(map(repr, self)) + ")"

    def __contains__(self, v):
        return any([x == v for x in self])


class LLIter:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        v = self.node.value
        self.node = self.node.next
        return v


ll = LinkedList(1, 2, 3)
ll.push(0)
print(ll, len(ll), 2 in ll, 9 in ll, list(ll), sum(ll))
print(bool(LinkedList()), bool(ll))
