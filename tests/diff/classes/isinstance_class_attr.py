# isinstance falls back on obj.__class__ when it differs from type(obj)
# (proxies, mocks); issubclass does not.
class A:
    pass


class B(A):
    pass


class Fake:
    @property
    def __class__(self):
        return B


class Forward:
    def __init__(self, target):
        object.__setattr__(self, "t", target)

    def __getattribute__(self, name):
        if name == "__class__":
            return type(object.__getattribute__(self, "t"))
        return object.__getattribute__(self, name)


class Broken:
    @property
    def __class__(self):
        raise AttributeError("nope")


class Fails:
    @property
    def __class__(self):
        raise KeyError("bad")


class NotAType:
    __class__ = 5


f = Fake()
print(type(f).__name__, isinstance(f, Fake), isinstance(f, A), isinstance(f, B), isinstance(f, int))
print(isinstance(f, (int, A)), issubclass(Fake, A))
w = Forward(3)
print(isinstance(w, int), isinstance(w, Forward), isinstance(w, str), isinstance(w, (str, int)))
print(isinstance(Forward([]), list), isinstance(Forward(B()), A))
print(isinstance(Broken(), A), isinstance(Broken(), Broken), isinstance(NotAType(), int))
try:
    isinstance(Fails(), A)
except KeyError as e:
    print(type(e).__name__, e)
print(isinstance(Fails(), Fails))
