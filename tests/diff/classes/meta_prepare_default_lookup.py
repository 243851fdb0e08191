class DefaultNS(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:].upper()
        raise KeyError(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return DefaultNS()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class A(metaclass=Meta):
    x = auto_hello
    y = len("abc")
    z = auto_w + "!"


print(A.x, A.y, A.z)


class B(metaclass=Meta):
    q = undefined_name
