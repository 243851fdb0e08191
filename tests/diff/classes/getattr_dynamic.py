class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: "value of " + key
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


d = Dyn()
print(d.get_color())
print(d.get_size())
d.real = 5
print(d.real)
print(hasattr(d, "get_x"), hasattr(d, "other"))
print(getattr(d, "other", None))
d.other
