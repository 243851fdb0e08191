class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("__bool__", self.v)
        return self.v


t, f = Truthy(True), Truthy(False)
print(bool(t), bool(f))
if f:
    print("no")
else:
    print("falsy")
print(not t, t and "and", f or "or")
print([x.v for x in [t, f] if x])
while Truthy(False):
    pass
print(Truthy(True) if Truthy(False) else "cond")


class Default:
    pass


print(bool(Default()), not Default())
