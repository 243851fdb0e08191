from abc import ABC, ABCMeta


class Drawable(ABC):
    pass


class Circle:
    pass


class Sub(Circle):
    pass


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
r = Drawable.register(Circle)
print(r is Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), issubclass(Sub, Drawable))
print(isinstance(1, Drawable), Drawable in Circle.__mro__)


@Drawable.register
class Square:
    pass


print(isinstance(Square(), Drawable), Square.__name__)
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance("x", Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, Drawable)
except TypeError as e:
    print("TypeError:", e)
