class Proxy:
    cls_attr = "class"

    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self.target, name)


class Target:
    x = 1

    def hello(self):
        return "hello from target"


p = Proxy(Target())
print(p.x)
print(p.hello())
print(p.cls_attr)
print(p.target.x)
print(getattr(p, "x", "dflt"))
print(hasattr(p, "nope"))
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)
