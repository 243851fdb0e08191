def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


xs = [0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, 0.1, 1/3, float('inf'), float('-inf'), float('nan'), 7, -3, 2**60]
for a in xs:
    for b in xs[:11]:
        t(lambda: (a + b, a - b, a * b))
print(0.1 + 0.2, 0.1 * 3, 1e308 * 10, -1e308 * 10, 5e-324 / 2)
t(lambda: 1.5 + 10**400)
t(lambda: 10**400 - 1.5)
t(lambda: 2**1023 * 2.0)
t(lambda: 1.0 * 2**1024)
