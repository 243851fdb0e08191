class Plugin:
    registry = []

    def __init_subclass__(cls):
        print("__init_subclass__", cls.__name__)
        Plugin.registry.append(cls.__name__)
        super().__init_subclass__()


class A(Plugin):
    pass


class B(Plugin):
    pass


class C(A):
    pass


print(Plugin.registry)
print("__init_subclass__" in Plugin.__dict__)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
