# super().method(...) calls: plain methods (called without a bound method),
# keywords, *args, classmethods, staticmethods, properties, builtin bases,
# a method replaced on the class after the first call, errors.


class Base:
    def __init__(self, x, *, tag="b"):
        self.x = x
        self.tag = tag

    def f(self, *args, **kw):
        return ("Base.f", type(self).__name__, args, sorted(kw.items()))

    @classmethod
    def cm(cls, v):
        return ("Base.cm", cls.__name__, v)

    @staticmethod
    def sm(v):
        return ("Base.sm", v)

    @property
    def p(self):
        return ("Base.p", self.x)

    def g(self):
        return "Base.g"


class Mid(Base):
    def __init__(self, x):
        super().__init__(x * 2, tag="mid")

    def f(self, *args, **kw):
        return ("Mid",) + super().f(*args, k=1, **kw)

    @classmethod
    def cm(cls, v):
        return ("Mid.cm",) + super().cm(v + 1)

    def sm2(self):
        return super().sm(5)

    def getp(self):
        return super().p

    def g(self):
        return "Mid>" + super().g()


class Leaf(Mid):
    def f(self, *args, **kw):
        return ("Leaf",) + super().f(*args, **kw)

    def g(self):
        return "Leaf>" + super().g()


class L(list):
    def append(self, v):
        super().append(v * 10)


class Noisy(Base):
    def f(self):
        return super().missing()


obj = Leaf(3)
print(obj.x, obj.tag)
print(obj.f(1, 2, z=3))
print(Leaf.cm(1), obj.sm2(), obj.getp())
for i in range(3):
    print(obj.g())
    if i == 0:
        Base.g = lambda self: "patched"
lst = L()
for i in range(3):
    lst.append(i)
print(lst)
try:
    Noisy(1).f()
except AttributeError as e:
    print("AttributeError", e)
print(super(Mid, obj).g(), super(Leaf, obj).f(9))
