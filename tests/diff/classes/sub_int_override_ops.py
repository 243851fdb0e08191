class ModInt(int):
    M = 7

    def __new__(cls, v):
        return super().__new__(cls, v % cls.M)

    def __add__(self, o):
        return ModInt(int(self) + int(o))

    __radd__ = __add__

    def __mul__(self, o):
        return ModInt(int(self) * int(o))

    def __repr__(self):
        return f"{int(self)} (mod {self.M})"


a = ModInt(5)
print(a, a + 4, 4 + a, a * 3, a - 1)
print(sum([ModInt(3), ModInt(4), ModInt(6)]))
print(a == 5, ModInt(12) == 5)
print(sorted([ModInt(10), ModInt(2), ModInt(6)]))


class Bool2(int):
    def __bool__(self):
        return False


print(bool(Bool2(5)), Bool2(5) + 0, "yes" if Bool2(1) else "no")
