class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("__eq__")
        return self.v == other.v


class OnlyNe:
    def __init__(self, v):
        self.v = v

    def __ne__(self, other):
        print("__ne__")
        return "custom ne"


print(OnlyEq(1) != OnlyEq(1))
print(OnlyEq(1) != OnlyEq(2))
print(OnlyNe(1) != OnlyNe(1))
print(OnlyNe(1) == OnlyNe(1))


class EqReturnsStr:
    def __eq__(self, other):
        return "yes"


print(EqReturnsStr() == 1)
print(EqReturnsStr() != 1)
