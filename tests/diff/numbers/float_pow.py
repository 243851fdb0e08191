def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for a in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 10.0, float('inf'), float('-inf'), float('nan')]:
    for b in [0, 1, 2, -1, -2, 0.5, -0.5, 3.0, 1e300, -1e300, float('inf'), float('-inf'), float('nan')]:
        t(lambda: a ** b)
t(lambda: 10.0 ** 400)
t(lambda: (-10.0) ** 401)
t(lambda: 2 ** 1e10)
t(lambda: 2.0 ** (10**400))
t(lambda: (-8.0) ** (1/3))
t(lambda: (-2) ** 0.5)
t(lambda: 0.0 ** -1.5)
t(lambda: pow(2.0, 0.5))
t(lambda: pow(1.5, 2, None))
