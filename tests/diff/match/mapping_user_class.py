class Lookup(dict):
    def __missing__(self, key):
        return "default"


def f(m):
    match m:
        case {"a": x}:
            return "found a=" + str(x)
        case _:
            return "no key a"


print(f(Lookup({"a": 1})))
print(f(Lookup({"b": 1})))


class Counting(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)


print(f(Counting(a=5)))
