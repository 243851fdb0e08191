class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"


class Sub2(Base):
    pass


print(Base() + Base())
print(Base() + Sub())
print(Sub() + Base())
print(Base() + Sub2())


class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"

    def __rsub__(self, other):
        return "MyInt.__rsub__"


print(1 + MyInt(2))
print(5 - MyInt(1))
print(MyInt(2) + 1)
