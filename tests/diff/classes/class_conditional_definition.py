import sys

if sys.version_info >= (3, 0):
    class Impl:
        version = "py3"
else:
    class Impl:
        version = "py2"
print(Impl.version)
classes = []
for i in range(3):
    class Item:
        n = i

        def get(self):
            return self.n

    classes.append(Item)
print([c.n for c in classes], [c().get() for c in classes])
print(classes[0] is classes[1], classes[0].__name__ == classes[2].__name__)
first = Impl


class Impl:
    version = "redefined"


print(first.version, Impl.version, first is Impl)
