from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


print(Square(3).describe(), Square(3).perimeter())
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, isinstance(Square(1), Shape), issubclass(Square, Shape))
print(Shape.__mro__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
