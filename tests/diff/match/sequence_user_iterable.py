class Pair:
    def __init__(self, a, b):
        self.items = [a, b]

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return self.items[i]


def f(x):
    match x:
        case [a, b]:
            return "sequence", a, b
        case _:
            return "not a sequence"


print(f(Pair(1, 2)))


class MyList(list):
    pass


print(f(MyList([3, 4])))
print(f(MyList([3])))
