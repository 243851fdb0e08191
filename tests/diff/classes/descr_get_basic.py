class Ten:
    def __get__(self, obj, objtype=None):
        print("__get__", type(obj).__name__, objtype.__name__)
        return 10


class Upper:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.name.upper()


class A:
    x = Ten()
    up = Upper()

    def __init__(self, name):
        self.name = name


a = A("abc")
print(a.x)
print(A.x)
print(a.up)
print(type(A.up).__name__)
print(getattr(a, "x"))
