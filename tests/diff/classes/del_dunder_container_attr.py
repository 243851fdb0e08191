class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("free", self.name)


root = Node("root", Node("mid", Node("leaf")))
print("built")
root.child = None
print("cut")
root = None
print("done")


class Holder:
    pass


h = Holder()
h.res = Node("held")
del h.res
print("attr deleted")
