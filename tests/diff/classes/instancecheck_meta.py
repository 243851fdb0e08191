class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("__instancecheck__", type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("__subclasscheck__", sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Robot:
    def quack(self):
        return "beep quack"


class Cat:
    pass


print(isinstance(Robot(), Duck))
print(isinstance(Cat(), Duck))
print(issubclass(Robot, Duck), issubclass(Cat, Duck))
print(isinstance(Robot(), (int, Duck)))


class RealDuck(Duck):
    pass


print(isinstance(RealDuck(), Duck))
print(isinstance(Duck(), Duck))
