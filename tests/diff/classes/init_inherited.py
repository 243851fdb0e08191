class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name


class Child(Base):
    pass


class Child2(Base):
    def __init__(self, name, extra):
        print("Child2.__init__")
        Base.__init__(self, name)
        self.extra = extra


class Child3(Base):
    def __init__(self):
        print("Child3 skips base init")


c = Child("c")
print(c.name)
c2 = Child2("c2", 9)
print(c2.name, c2.extra)
c3 = Child3()
print(hasattr(c3, "name"))
