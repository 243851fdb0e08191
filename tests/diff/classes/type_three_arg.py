def init(self, v):
    self.v = v


Point = type("Point", (), {"x": 0, "__init__": init, "show": lambda self: "v=" + str(self.v)})
p = Point(5)
print(p.show(), p.x, type(p).__name__)
print(Point.__name__, Point.__qualname__, Point.__module__ if False else "mod skipped")
print(Point.__bases__ == (object,))
Base = type("Base", (), {"hello": lambda self: "hi"})
Derived = type("Derived", (Base,), {})
print(Derived().hello(), issubclass(Derived, Base))
print([k.__name__ for k in Derived.__mro__])
Empty = type("Empty", (object,), {})
print(repr(Empty).replace("__main__.", ""))
print(type(Empty) is type)
print(type(5).__name__, type("s") is str, type(None).__name__)
