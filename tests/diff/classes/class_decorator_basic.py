registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_method(cls):
    def shout(self):
        return type(self).__name__.upper()

    cls.shout = shout
    return cls


def trace(label):
    def deco(cls):
        print("decorating", cls.__name__, "with", label)
        return cls

    return deco


@register
@add_method
@trace("outer")
@trace("inner")
class Widget:
    pass


print(registry)
print(Widget().shout())


def replace(cls):
    return 42


@replace
class Gone:
    pass


print(Gone)
