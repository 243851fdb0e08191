def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for a in [0, 1, -1, 2**70, True, 0.0, 1.5, -1.5, 1j, 0j]:
    for b in [0, 0.0, -0.0, False, 0j]:
        t(lambda: a / b)
        t(lambda: a // b)
        t(lambda: a % b)
        t(lambda: divmod(a, b))
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -1)
t(lambda: 0 ** -1.5)
t(lambda: (-0.0) ** -3)
t(lambda: 0j ** -1)
t(lambda: 0j ** (-1 + 1j))
t(lambda: pow(0, -1, 7))
t(lambda: pow(5, 2, 0))
