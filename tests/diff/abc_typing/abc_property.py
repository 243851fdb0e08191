from abc import ABC, abstractmethod


class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Named.__abstractmethods__))


class Impl(Named):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


i = Impl.make()
print(i.name, Impl.helper(), Impl.__abstractmethods__)
print(Named.__dict__["name"].__isabstractmethod__, Impl.__dict__["name"].__isabstractmethod__)
try:
    Named()
except TypeError as e:
    print(e)
