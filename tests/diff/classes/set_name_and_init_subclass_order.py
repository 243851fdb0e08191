class Attr:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        print("__set_name__", self.tag, owner.__name__, name)


class Base:
    def __init_subclass__(cls, **kw):
        print("__init_subclass__", cls.__name__, sorted(vars(cls).keys() & {"a", "b"}))


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__ start", name)
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__ end", name)
        return cls

    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)


class C(Base, metaclass=Meta):
    a = Attr("first")
    b = Attr("second")


D = type("D", (), {"x": Attr("dyn")})
print(D.__name__)
