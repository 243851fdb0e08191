def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


xs = [0, 1, -1, 7, 10, 2**53, 2**53 + 1, -(2**53) - 1, 2**60 + 3, 10**30, -(10**300), 2**1100]
ys = [1, -1, 3, 7, 2**53 + 1, 10**30, 3**200, 2**1100 - 1, 0]
for a in xs:
    for b in ys:
        t(lambda: a / b)
t(lambda: 10**400 / 10**399)
t(lambda: 10**400 / 3)
t(lambda: 1 / 10**400)
t(lambda: (2**1024) / 1)
t(lambda: True / 2)
t(lambda: 1 / False)
