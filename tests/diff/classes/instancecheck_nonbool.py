class Meta(type):
    def __instancecheck__(cls, obj):
        return obj

    def __subclasscheck__(cls, sub):
        return "yes" if sub is int else 0


class Any(metaclass=Meta):
    pass


print(isinstance(1, Any), isinstance(0, Any), isinstance([], Any), isinstance("s", Any))
print(issubclass(int, Any), issubclass(str, Any))


class Raising(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("check failed")


class R(metaclass=Raising):
    pass


try:
    isinstance(5, R)
except RuntimeError as e:
    print("RuntimeError:", e)
print(isinstance(R(), R))
isinstance(5, R)
