# PEP 695 generic classes: implicit Generic base, __type_params__, subscription.
import typing


class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def kind(self):
        return T


print(Box.__type_params__)
(T,) = Box.__type_params__
print(type(T) is typing.TypeVar, repr(T))
print(Box.__bases__)
print(Box.__orig_bases__)
print(Box.__parameters__)
print(Box.__mro__)
print(Box[int])
print(Box[int].__origin__ is Box, Box[int].__args__)
b = Box(5)
print(b.get(), b.kind() is T)
print(Box.get.__annotations__["return"] is T)
print(Box.__qualname__, Box.get.__qualname__, Box.__module__)
print(isinstance(b, typing.Generic), issubclass(Box, typing.Generic))
print([k for k in Box.__dict__ if not k.startswith("__") or k == "__type_params__"])


class Base:
    def hello(self):
        return "hello from Base"


class Pair[K, V](Base):
    """A pair."""

    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


p = Pair(1, "x")
print(p.k, p.v, p.hello(), Pair.__doc__)
print(Pair.__bases__, Pair.__orig_bases__, Pair.__parameters__)
print(Pair[int, str])
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)


class Sub(Box[int]):
    pass


print(Sub.__bases__, Sub(3).get())


class Sub2[U](Box[U]):
    pass


print(Sub2.__bases__, Sub2.__parameters__, Sub2.__orig_bases__)


# class keywords and decorators with a generic class
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls


def deco(cls):
    cls.decorated = True
    return cls


@deco
class WithMeta[T](metaclass=Meta, flag=1):
    pass


print(type(WithMeta).__name__, WithMeta.extra, WithMeta.decorated, WithMeta.__type_params__)


class Variadic[*Ts, **P]:
    pass


print(Variadic.__type_params__)
