# Classes with __getattr__: reads of existing attributes skip it; adding or
# removing __getattribute__ on the class (or a base) later changes lookups.


class Base:
    pass


class Lazy(Base):
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return "fallback:" + name


def show(o):
    return [o.x, o.missing, getattr(o, "y", "default")]


o = Lazy()
for _ in range(3):
    print(show(o))


def ga(self, name):
    if name == "x":
        return "intercepted x"
    return object.__getattribute__(self, name)


Lazy.__getattribute__ = ga
for _ in range(2):
    print(show(o))
del Lazy.__getattribute__
print(show(o))

# a base class gaining __getattribute__ affects the subclass
Base.__getattribute__ = lambda self, name: "base:" + name
print(show(o))
del Base.__getattribute__
print(show(o))

o.y = 5
print(show(o))


class Sub(Lazy):
    def __getattr__(self, name):
        raise AttributeError(f"Sub has no {name!r}")


s = Sub()
print(s.x)
try:
    s.nothing
except AttributeError as e:
    print(type(e).__name__, e)
Lazy.__getattribute__ = ga
print(s.x, o.x)
