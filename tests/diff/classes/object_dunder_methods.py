class A:
    def __init__(self):
        object.__setattr__(self, "x", 1)

    def __setattr__(self, name, value):
        raise AttributeError("frozen")

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)


a = A()
print(a.x, a.secret)
object.__setattr__(a, "secret", "real")
print(a.secret, object.__getattribute__(a, "secret"))
object.__delattr__(a, "x")
print(hasattr(a, "x"))
print(object.__eq__(a, a), object.__ne__(a, A()), object.__hash__(a) == hash(a))
print(object.__repr__(a).startswith("<__main__.A object"), object.__str__(5))
print(object.__format__(a, "") == str(a))
print(type(object.__new__(A)).__name__)
try:
    object.__getattribute__(a, "nope")
except AttributeError as e:
    print("AttributeError:", e)
a.y = 1
