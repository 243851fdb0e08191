class MyInt(int):
    def double(self):
        return MyInt(self * 2)

    def __repr__(self):
        return f"MyInt({int(self)})"


a = MyInt(21)
print(a, repr(a), str(a))
print(a + 1, type(a + 1).__name__)
print(a.double(), type(a.double()).__name__)
print(a == 21, hash(a) == hash(21), a > 20, isinstance(a, int))
print(int(a), type(int(a)).__name__, float(a))
print([10, 20, 30][MyInt(1)], bin(a), f"{a:05d}", f"{a!r}")
print(MyInt("ff", 16), MyInt(), MyInt(3.9))
a.tag = "tagged"
print(a.tag, vars(a))
print(abs(MyInt(-3)), -MyInt(3), type(-MyInt(3)).__name__)
d = {a: "v"}
print(d[21])
