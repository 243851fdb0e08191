class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __repr__(self):
        return f"Money({self.cents})"


a = Money(150)
b = Money(275)
print(a + b)
print(a + 5)
print(a + b + Money(1) + 2)
c = a
c = c + b
print(c, a)
try:
    print(5 + a)
except TypeError as e:
    print("TypeError:", e)
a + "x"
