class Guard:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print("delattr", name)
        if name == "a":
            raise AttributeError("a is protected")
        super().__delattr__(name)


g = Guard()
del g.b
print(vars(g))
try:
    del g.a
except AttributeError as e:
    print("AttributeError:", e)
delattr(g, "b") if hasattr(g, "b") else print("no b")
try:
    delattr(g, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
object.__delattr__(g, "a")
print(vars(g))
del g.a
