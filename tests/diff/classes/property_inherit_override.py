class Base:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        print("Base setter")
        self._x = v


class Child(Base):
    @Base.x.getter
    def x(self):
        return self._x * 100


class Child2(Base):
    @property
    def x(self):
        return "child2 read-only"


c = Child()
c.x = 3
print(c.x)
print(Base.x is not Child.x, Base.x.fset is Child.x.fset)
c2 = Child2()
print(c2.x)
try:
    c2.x = 9
except AttributeError as e:
    print("AttributeError:", e)
