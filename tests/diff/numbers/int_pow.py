def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for a in [0, 1, -1, 2, -2, 3, 10, -7, 2**40]:
    for b in [0, 1, 2, 3, 5, 17, 40, 63, 64, 100]:
        t(lambda: a ** b)
for a in [2, -2, 3, 10, 0, 1, -1]:
    for b in [-1, -2, -3, -10]:
        t(lambda: a ** b)
t(lambda: 0 ** 0)
t(lambda: 0 ** -1)
t(lambda: 2 ** -1075)
t(lambda: 2 ** -1074)
t(lambda: (10**400) ** -1)
t(lambda: 2 ** 0.5)
t(lambda: (-8) ** (1/3))
t(lambda: True ** 5)
t(lambda: 2 ** True)
t(lambda: pow(3, 4))
t(lambda: len(str(7 ** 1000)))
