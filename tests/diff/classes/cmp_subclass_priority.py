class Base:
    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"

    def __eq__(self, other):
        return "Base.__eq__"


class Sub(Base):
    def __gt__(self, other):
        return "Sub.__gt__"

    def __eq__(self, other):
        return "Sub.__eq__"


class Sub2(Base):
    pass


print(Base() < Sub())
print(Sub() < Base())
print(Base() == Sub())
print(Base() < Sub2())
print(Base() == Base())
