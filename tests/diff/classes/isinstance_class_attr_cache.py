# isinstance consults obj.__class__ only for classes that override
# __class__ or __getattribute__; the answer follows later class changes.
class Base:
    pass


class Plain(Base):
    pass


class Other:
    pass


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


class Sneaky:
    def __getattribute__(self, name):
        if name == "__class__":
            return Plain
        return object.__getattribute__(self, name)


p = Plain()
print(isinstance(p, Base), isinstance(p, Other), isinstance(p, (Other, Base)))
print(isinstance(Proxy(p), Plain), isinstance(Proxy(p), Base), isinstance(Proxy(p), Proxy))
print(isinstance(Sneaky(), Plain), isinstance(Sneaky(), Base), isinstance(Sneaky(), Other))

# Many checks of the same classes (the cached answer), then a change.
hits = 0
for i in range(1000):
    hits += isinstance(Other(), Base) + isinstance(p, Base)
print("hits", hits)


class Later:
    pass


y = Later()
print(isinstance(y, Plain))


def ga(self, name):
    if name == "__class__":
        return Plain
    return object.__getattribute__(self, name)


Later.__getattribute__ = ga
print(isinstance(y, Plain), isinstance(y, Base), isinstance(y, Later))
del Later.__getattribute__
print(isinstance(y, Plain), isinstance(y, Later))


class Child(Later):
    pass


c = Child()
print(isinstance(c, Plain))
Later.__getattribute__ = ga  # a base class changes: the subclass sees it
print(isinstance(c, Plain), isinstance(c, Child))


class BadClass:
    @property
    def __class__(self):
        raise AttributeError("no class")


print(isinstance(BadClass(), Plain), isinstance(BadClass(), BadClass))


class Raising:
    @property
    def __class__(self):
        raise ValueError("boom")


try:
    isinstance(Raising(), Plain)
except ValueError as e:
    print("ValueError", e)
