# The abstract-method error lists the names in order without the list method.
from abc import ABC, abstractmethod


class A(ABC):
    @abstractmethod
    def zeta(self): ...

    @abstractmethod
    def alpha(self): ...

    @abstractmethod
    def mid(self): ...

    @abstractmethod
    def Beta(self): ...


class B(A):
    def alpha(self):
        return 1


for cls in (A, B):
    try:
        cls()
    except TypeError as e:
        print(e)
