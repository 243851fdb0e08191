# str.join over lists, tuples, generators and dicts: empty, one-item and
# non-ASCII results, str subclass items, and the type errors.
print("-".join(["a", "b", "c"]), "".join([]), "x".join(["é"]), "".join(["", ""]), repr("".join(["a", ""])))
print(", ".join(("ab", "cd")), "".join(c for c in "hello"), "é".join(["ü", "ö"]), len("".join(["€"] * 5)))
class S(str): pass
r = "".join([S("q")]); print(type(r).__name__, r)
print(type("".join([S("ab"), "c"])).__name__)
try:
    "".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "".join(5)
except TypeError as e:
    print(e)
print("".join({"b": 1, "a": 2}), "|".join(map(str, range(12))))
print("ab".join("xyz"), " ".join(["😀", "x"]))
