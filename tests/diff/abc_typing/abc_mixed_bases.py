from abc import ABC, abstractmethod


class Sized(ABC):
    @abstractmethod
    def __len__(self): ...


class Stack(list, Sized):
    pass


class Box(Sized):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


s = Stack([1, 2, 3])
print(len(s), s, isinstance(s, Sized), Stack.__abstractmethods__)
print(len(Box(5)), bool(Box(0)))
print([c.__name__ for c in Stack.__mro__])


class Abstract2(Sized):
    @abstractmethod
    def extra(self): ...


try:
    Abstract2()
except TypeError as e:
    print(e)
