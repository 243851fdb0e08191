class Validated:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        object.__setattr__(self, name, value)

    def __init__(self, age):
        self.age = age


v = Validated(3)
v.age = 4
v.name = "x"
print(v.age, v.name, vars(v))
setattr(v, "z", 1)
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
print(v.age)


class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")


r = ReadOnly()
object.__setattr__(r, "sneaky", 1)
print(r.sneaky)
r.x = 5
