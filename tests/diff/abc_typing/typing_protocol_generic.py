from typing import Iterator, Protocol, TypeVar, runtime_checkable

T = TypeVar("T")


@runtime_checkable
class SupportsNext(Protocol[T]):
    def __next__(self) -> T:
        ...


class Counter:
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        return self.n


print(isinstance(Counter(), SupportsNext), isinstance(iter([1]), SupportsNext))
print(isinstance(5, SupportsNext), SupportsNext.__parameters__, SupportsNext[int])


class Explicit(SupportsNext[int]):
    def __next__(self):
        return 1


print(next(Explicit()), isinstance(Explicit(), SupportsNext))
