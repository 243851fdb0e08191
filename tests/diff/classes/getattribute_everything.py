class Everything:
    def __getattribute__(self, name):
        return "<" + name + ">"


e = Everything()
print(e.foo, e.bar)
print(getattr(e, "baz"))
print(e.__class__)
print(type(e).__name__)
e.x = 1
print(e.x)
print(hasattr(e, "anything"))


class Counting:
    hits = 0

    def __getattribute__(self, name):
        type(self).hits += 1
        return super().__getattribute__(name)


c = Counting()
c.v = 3
c.v
c.v
print(Counting.hits)
