class Tracking(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)

    def __getitem__(self, key):
        print("getitem", repr(key))
        return super().__getitem__(key)


def f(d):
    match d:
        case {"a": 1, "b": b}:
            return ("a1", b)
        case {"a": a, **rest}:
            return ("a", a, rest)


print(f(Tracking(a=1, b=2)))
print(f(Tracking(a=3, c=4)))
print(f({"b": 1}))
