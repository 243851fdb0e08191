class Strange:
    def __getattr__(self, name):
        if name == "boom":
            raise ValueError("not an AttributeError")
        raise AttributeError(name)


s = Strange()
print(hasattr(s, "x"), getattr(s, "x", "dflt"))
try:
    hasattr(s, "boom")
except ValueError as e:
    print("ValueError:", e)
try:
    getattr(s, "boom", "dflt")
except ValueError as e:
    print("ValueError:", e)


class PropErr:
    @property
    def p(self):
        raise KeyError("from property")


try:
    hasattr(PropErr(), "p")
except KeyError as e:
    print("KeyError:", e)
s.boom
