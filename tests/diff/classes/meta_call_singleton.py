class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        print("SingletonMeta.__call__", cls.__name__, args)
        if cls not in SingletonMeta._instances:
            SingletonMeta._instances[cls] = super().__call__(*args, **kwargs)
        return SingletonMeta._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Counted(type):
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.serial = cls.__name__ + "#" + str(len(a))
        return obj


class Thing(metaclass=Counted):
    def __init__(self, *parts):
        self.parts = parts


print(Thing(1, 2, 3).serial, Thing().parts)
