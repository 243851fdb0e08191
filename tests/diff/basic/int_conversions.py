print(int("0b101", 0), int("0o17", 0), int("0x_ff", 0), int("1_000"), int("-42"), int("+7"), int(" 12 "))
print(int("z", 36), int("ZZ", 36), int("101", 2), int(3.99), int(-3.99), int(True), int("٣"))
print(float("  -1.5e-3 "), float("inf"), float("-Infinity"), float("nan"), float(10 ** 20), float("1_0.5"))
print(str(10 ** 25), hex(10 ** 20), oct(-8), bin(-5), int(hex(12345), 16))
for bad in ["", "1.5", "0x", "1__0", "abc", "12 34"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for bad in ["", "1.2.3", "e5", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
