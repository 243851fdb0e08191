class A:
    x = 1

    def m(self):
        return 2


d = A.__dict__
print(type(d).__name__)
print(sorted([k for k in d if not k.startswith("__")]))
print(d["x"], "m" in d, "__init__" in d)
print("__module__" in d, "__dict__" in d, "__weakref__" in d)
print(d.get("zz", "missing"))
try:
    d["y"] = 3
except TypeError as e:
    print("TypeError:", e)
A.y = 3
print(A.__dict__["y"], "y" in d)
print(list([k for k in A.__dict__ if k in ("x", "m", "y")]))
print(vars(A) is not None, vars(A)["x"])
