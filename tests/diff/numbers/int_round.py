def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0, 5, 15, 25, 35, 1234, 1250, 1350, -1250, -1350, 1249, 10**30 + 5 * 10**14, -(10**20) - 5, 2**70]:
    for n in [None, 0, 1, 3, -1, -2, -3, -15, -100]:
        t(lambda: round(x, n))
t(lambda: round(5))
t(lambda: (5).__round__())
t(lambda: (5).__round__(None))
t(lambda: (5).__round__(1, 2))
t(lambda: round(5, 1.5))
t(lambda: round(5, 'x'))
t(lambda: round(True))
t(lambda: round(True, -1))
t(lambda: round(12345, -2**70) if False else 'skip')
t(lambda: round(12345, 2**70))
