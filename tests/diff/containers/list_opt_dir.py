# dir() lists (and orders) through the list method it reaches by name.
x = [1, 2]
names = dir(x)
print([n for n in names if not n.startswith("__")])
print(dir(list) == names)
class L(list):
    def extra(self):
        return 1
print([n for n in dir(L) if not n.startswith("__")])
