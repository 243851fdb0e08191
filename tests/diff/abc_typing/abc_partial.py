from abc import ABC, abstractmethod


class Base(ABC):
    @abstractmethod
    def a(self): ...

    @abstractmethod
    def b(self): ...

    @abstractmethod
    def c(self): ...


class Half(Base):
    def a(self):
        return "a"


class Full(Half):
    def b(self):
        return "b"

    def c(self):
        return "c"


for cls in (Base, Half, Full):
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.a(), obj.b(), obj.c())
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
print(sorted(Half.__abstractmethods__))
