from abc import ABC, abstractmethod


class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any(["close" in B.__dict__ for B in C.__mro__]):
                return True
        return NotImplemented


class File:
    def close(self):
        pass


class Sock(File):
    pass


class Nope:
    pass


print(issubclass(File, Closeable), issubclass(Sock, Closeable), issubclass(Nope, Closeable))
print(isinstance(File(), Closeable), isinstance(Nope(), Closeable))


class Sub(Closeable):
    pass


print(issubclass(File, Sub))
