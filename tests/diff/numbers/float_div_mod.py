def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


xs = [7.5, -7.5, 0.0, -0.0, 1e300, 3, -3, 1e-300, float('inf'), float('nan')]
ys = [2, -2, 0.5, -0.5, 3.0, 1e-300, float('inf'), float('-inf'), 0.0, 0, float('nan')]
for a in xs:
    for b in ys:
        t(lambda: a / b)
        t(lambda: a // b)
        t(lambda: a % b)
        t(lambda: divmod(a, b))
t(lambda: 1 / 0.0)
t(lambda: 1.5 // 10**400)
t(lambda: 10**400 % 2.5)
