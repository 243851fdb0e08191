# round() reaches int.__round__ and float.__round__, optional runtime parts
# installed for programs that name round or __round__.
print(round(3.7), round(2.5), round(-0.5), round(0.5), round(1.5))
print(round(1234.5678, 2), round(1234.5678, -2), round(2.675, 2), round(-1.0e300, -299))
print(round(7), round(15, -1), round(25, -1), round(-25, -1), round(10**30 + 5, -1))
print(round(True), round(False, 3), type(round(True)).__name__)
print(round(1e16 + 2.0, -1), round(0.1 + 0.2, 15), round(5e-324, 400))


class Money(float):
    pass


class Price(int):
    pass


print(round(Money(2.345), 2), round(Price(1250), -2), type(round(Price(7))).__name__)
for bad in [(1.5, 1.5), ("x",), (float("inf"),), (float("nan"),)]:
    try:
        print(round(*bad))
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
