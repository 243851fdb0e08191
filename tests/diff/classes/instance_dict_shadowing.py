class A:
    x = "class x"

    def m(self):
        return "method"


a = A()
print(a.x, a.m())
a.x = "instance x"
a.m = lambda: "instance callable"
print(a.x, a.m(), A.x, A().m())
del a.x
del a.m
print(a.x, a.m())
a.__dict__["m"] = "plain"
print(a.m)


class P:
    @property
    def v(self):
        return "property wins"


p = P()
p.__dict__["v"] = "dict value"
print(p.v, p.__dict__)
