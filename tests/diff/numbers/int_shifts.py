def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for a in [0, 1, -1, 5, -5, 2**47 - 1, -2**47, 2**100 + 12345, -(2**100) - 1]:
    for s in [0, 1, 3, 15, 16, 17, 31, 32, 47, 48, 63, 64, 65, 100, 200]:
        t(lambda: (a << s, a >> s))
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 0 << -1)
t(lambda: 2**100 >> -5)
t(lambda: 1 >> 10**30)
t(lambda: -1 >> 10**30)
t(lambda: 0 << 10**30)
t(lambda: True << 3)
t(lambda: 5 >> True)
t(lambda: 1.0 << 1)
t(lambda: 1 << 1.0)
