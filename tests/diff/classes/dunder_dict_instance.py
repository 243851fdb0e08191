class A:
    cls_attr = 0

    def __init__(self):
        self.a = 1
        self.b = 2


o = A()
print(o.__dict__)
o.c = 3
print(o.__dict__, vars(o))
print(vars(o) is o.__dict__)
o.__dict__["d"] = 4
print(o.d)
del o.__dict__["a"]
print(hasattr(o, "a"))
o.__dict__ = {"z": 26}
print(o.z, vars(o), hasattr(o, "b"))
print(o.cls_attr)
try:
    o.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
