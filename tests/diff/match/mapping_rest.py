def split(d):
    match d:
        case {"id": ident, **rest}:
            return ident, rest
        case _:
            return None


print(split({"id": 1, "a": 2, "b": 3}))
print(split({"id": 1}))
print(split({"a": 1}))
r = split({"b": 0, "id": 9, "a": 1})
print(r, type(r[1]).__name__)


def keys_only(d):
    match d:
        case {**everything}:
            return sorted(everything)


print(keys_only({"z": 1, "a": 2}), keys_only({}))
