class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


d = AttrDict(a=1, b=2)
print(d.a, d["b"])
d.c = 3
print(d, len(d), sorted(d.keys()), type(d).__name__)
print(isinstance(d, dict), d == {"a": 1, "b": 2, "c": 3})
print(d.get("a"), d.pop("a"), d)
d.update(x=9)
print(dict(d), list(d.items()))
print(AttrDict({"k": "v"}).k, AttrDict([("p", 1)]))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(d.copy(), type(d.copy()).__name__)
print(d | {"z": 0}, type(d | {"z": 0}).__name__)
