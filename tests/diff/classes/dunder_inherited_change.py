class Base:
    def __str__(self):
        return "Base.str"


class Child(Base):
    pass


class Grand(Child):
    pass


g = Grand()
print(str(g))
Base.__str__ = lambda self: "patched Base.str"
print(str(g), str(Child()))
Child.__str__ = lambda self: "Child.str"
print(str(g), str(Base()))
del Child.__str__
print(str(g))
Base.__len__ = lambda self: 7
print(len(g))
Base.__eq__ = lambda self, o: True
print(g == 5, Child() == "x")
try:
    hash(g)
except TypeError as e:
    print("TypeError:", e)
