# Method calls and class attributes next to inline instance attributes:
# shadowing a method with an instance attribute, class defaults, __class__.


class Counter:
    count = 0
    step = 1

    def bump(self):
        self.count += self.step
        return self.count

    def name(self):
        return "method"


def call_many(objs):
    return [o.name() for o in objs]


c1 = Counter()
c2 = Counter()
print(c1.bump(), c1.bump(), c2.bump(), Counter.count, vars(c1))
print(call_many([c1, c2]))
c2.name = lambda: "instance"
print(call_many([c1, c2, c1]))
del c2.name
print(call_many([c2]))
c1.step = 10
print(c1.bump(), vars(c1))


# A subclass with more attributes than its base planned for.
class Base:
    def __init__(self):
        self.a = 1
        self.b = 2


class Wide(Base):
    def __init__(self):
        super().__init__()
        for i in range(12):
            setattr(self, "f%d" % i, i)
        self.c = 3


w = Wide()
print(list(vars(w)), w.a, w.c, w.f11)
ws = [Wide() for _ in range(3)]
print(sum(x.f5 + x.c for x in ws))


# __class__ assignment between classes whose instances hold different names.
class A:
    def __init__(self):
        self.x = 1

    def who(self):
        return "A", vars(self)


class B:
    def __init__(self):
        self.p = 1
        self.q = 2
        self.r = 3

    def who(self):
        return "B", vars(self)


o = A()
o.extra = 5
o.__class__ = B
print(o.who(), o.x)
o.p = 7
print(o.who())
o.__class__ = A
print(o.who())
n = B()
n.__class__ = A
n.z = 0
print(n.who())


# Mixing __slots__ and an instance dict.
class Slotted:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = 1
        self.d = 2


z = Slotted()
z.e = 3
print(z.s, vars(z))


class Sub(Slotted):
    def __init__(self):
        super().__init__()
        self.k = 4


print(vars(Sub()))


# Multiple inheritance of two classes with instance attributes.
class M1:
    def __init__(self):
        self.m1 = "one"


class M2:
    def __init__(self):
        self.m2 = "two"


class Both(M1, M2):
    def __init__(self):
        M2.__init__(self)
        M1.__init__(self)
        self.both = True


print(vars(Both()))


# A method that an instance attribute of the same name replaces, named in
# the class's own methods (so among its planned attribute names).
class Switch:
    def handler(self):
        return "class handler"

    def install(self):
        self.handler = lambda: "instance handler"

    def fire(self):
        return self.handler()


sw = [Switch() for _ in range(3)]
print([s.fire() for s in sw])
sw[1].install()
print([s.fire() for s in sw])
Switch.handler = lambda self: "patched class handler"
print([s.fire() for s in sw])
