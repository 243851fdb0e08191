class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        print("__int__")
        return int(self.v)

    def __float__(self):
        print("__float__")
        return float(self.v)


n = Num(3.75)
print(int(n), float(n))
print(float(Num(2)))


class OnlyIndex:
    def __index__(self):
        return 9


print(int(OnlyIndex()), float(OnlyIndex()))


class OnlyInt:
    def __int__(self):
        return 4


print(int(OnlyInt()))
try:
    float(OnlyInt())
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][OnlyInt()]
except TypeError as e:
    print("TypeError:", e)
complex(Num(1))
