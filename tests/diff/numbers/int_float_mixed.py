def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for a in [0, 3, -3, 2**53 + 1, 10**20, True]:
    for b in [0.5, -2.0, 3.0, 1e-10, 1e20]:
        t(lambda: (a + b, a - b, a * b, a / b, a // b, a % b, b // a if a else 'z', b ** 2))
print(7 / 2, 7 // 2, 7 % 2, -7 / 2, -7 // 2, -7 % 2, 7 / -2, 7 // -2, 7 % -2)
print(1 / 3, 2 / 3, 10 / 4, 2**60 / 3, 10**20 / 10**10, (2**53 + 1) / 1)
print(3 * 1.1, 3 + 0.1, sum([0.1] * 10), 1e16 + 1, 2**53 + 1.0)
