class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

    def __str__(self):
        return f"{float(self):.1f}C"


c = Celsius(21.5)
print(c, repr(c), c.to_f())
print(c + 1, type(c + 1).__name__, type(c).__name__)
print(round(c), int(c), c.is_integer(), c > 20)
print(f"{c:.3f}", f"{c}", str(c), [c])
print(Celsius("3.25"), Celsius(), Celsius(2))
print(isinstance(c, float), issubclass(Celsius, float))
print(max(Celsius(1.5), 1.0), c == 21.5)
