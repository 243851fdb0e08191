from abc import ABC, abstractmethod


class Base(ABC):
    @abstractmethod
    def greet(self):
        return "base greeting"


class Child(Base):
    def greet(self):
        return "child + " + super().greet()


print(Child().greet())


class Factory(ABC):
    @classmethod
    @abstractmethod
    def create(cls):
        return cls.__name__


class Impl(Factory):
    @classmethod
    def create(cls):
        return "made " + super().create()


print(Impl.create(), Factory.create())
try:
    Factory()
except TypeError as e:
    print("TypeError:", e)
