from abc import ABC, abstractmethod


class Comparable(ABC):
    @abstractmethod
    def __lt__(self, other): ...

    def __gt__(self, other):
        return other < self


class Num(Comparable):
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"Num({self.v})"


print(sorted([Num(3), Num(1), Num(2)]), Num(5) > Num(4))


class Container(ABC):
    @abstractmethod
    def __len__(self): ...

    @abstractmethod
    def __iter__(self): ...


class Three(Container):
    def __len__(self):
        return 3

    def __iter__(self):
        return iter((1, 2, 3))


print(len(Three()), list(Three()), bool(Three()))
try:
    Container()
except TypeError as e:
    print("TypeError:", e)
