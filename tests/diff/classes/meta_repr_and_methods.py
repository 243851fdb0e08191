class Meta(type):
    def __repr__(cls):
        return f"<model {cls.__name__}>"

    def __len__(cls):
        return len([k for k in vars(cls) if not k.startswith("__")])

    def __iter__(cls):
        return iter(sorted([k for k in vars(cls) if not k.startswith("__")]))

    def __getitem__(cls, key):
        return getattr(cls, key)

    def __contains__(cls, key):
        return key in vars(cls)


class Colors(metaclass=Meta):
    red = 1
    green = 2
    blue = 3


print(Colors, repr(Colors), [Colors])
print(len(Colors), list(Colors), Colors["green"])
print("red" in Colors, "pink" in Colors)
print(str(Colors))
print(repr(Colors()).startswith("<__main__.Colors object"))
