def upper_attrs(name, bases, ns):
    print("metaclass function called for", name)
    new_ns = {}
    for k, v in ns.items():
        new_ns[k if k.startswith("__") else k.upper()] = v
    return type(name, bases, new_ns)


class A(metaclass=upper_attrs):
    x = 1
    hello = "world"


print(A.X, A.HELLO, hasattr(A, "x"))
print(type(A).__name__)


def not_a_class(name, bases, ns):
    return 42


class B(metaclass=not_a_class):
    pass


print(B)
