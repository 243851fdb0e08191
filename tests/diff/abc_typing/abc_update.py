from abc import ABC, abstractmethod, update_abstractmethods


class A(ABC):
    @abstractmethod
    def f(self): ...


class B(A):
    pass


print(B.__abstractmethods__)
B.f = lambda self: "patched"
print(B.__abstractmethods__)
update_abstractmethods(B)
print(B.__abstractmethods__, B().f())


class C:
    pass


C.__abstractmethods__ = frozenset({"x", "y"})
try:
    C()
except TypeError as e:
    print(e)
C.__abstractmethods__ = frozenset()
print(type(C()).__name__)
