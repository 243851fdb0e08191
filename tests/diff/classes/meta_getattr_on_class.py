class Dynamic(type):
    def __getattr__(cls, name):
        if name.startswith("make_"):
            return lambda: cls.__name__ + " made " + name[5:]
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")


class Factory(metaclass=Dynamic):
    real = "real attr"


print(Factory.real)
print(Factory.make_widget())
print(hasattr(Factory, "make_x"), hasattr(Factory, "other"))
f = Factory()
try:
    f.make_widget
except AttributeError as e:
    print("AttributeError:", e)
Factory.other
