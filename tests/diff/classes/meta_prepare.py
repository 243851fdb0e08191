class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return RecordingDict()

    def __new__(mcls, name, bases, ns, **kw):
        print("assigned:", [k for k in ns.log if not k.startswith("__")])
        print("ns type:", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=True):
    z = 1
    a = 2
    z = 3

    def method(self):
        pass


print(A.z, type(A.__dict__).__name__)
