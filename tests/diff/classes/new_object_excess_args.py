class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)


print(type(OnlyNew(1)).__name__)


class OnlyInit:
    def __init__(self, x):
        self.x = x


print(OnlyInit(2).x)


class BadNew:
    def __new__(cls, x):
        return object.__new__(cls, x)


try:
    BadNew(1)
except TypeError as e:
    print("TypeError:", e)


class BadInit:
    def __init__(self, x):
        object.__init__(self, x)


BadInit(3)
