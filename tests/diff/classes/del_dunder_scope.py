class Tracker:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def work():
    t = Tracker(1)
    print("in work")
    return 5


print(work())
print("after work")
items = [Tracker(2), Tracker(3)]
items.pop()
print("popped")
items.clear()
print("cleared")
d = {"k": Tracker(4)}
d["k"] = None
print("replaced")


def make():
    return Tracker(5)


make()
print("temp gone")
