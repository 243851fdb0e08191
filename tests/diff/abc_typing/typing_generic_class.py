from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, V]):
    def __init__(self, k, v):
        self.k, self.v = k, v


b = Box[int](3)
print(b.get(), type(b).__name__, Box[int], Box[int].__origin__ is Box, Box[int].__args__)
print(Box.__parameters__, Pair.__parameters__, Pair[str, int])
print(Box.__mro__)
print(Box.__orig_bases__)


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox(5).get(), IntBox.__mro__)


class Tagged(Box[T], Generic[T]):
    pass


print(Tagged.__parameters__, Tagged[str])
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
