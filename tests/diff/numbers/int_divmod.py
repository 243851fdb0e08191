def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


xs = [0, 5, -5, 17, -17, 2**50 + 7, -(2**50) - 7, 10**40 + 1, -(10**40) - 1]
ys = [1, -1, 4, -4, 2**40, -(2**40), 10**19, -(10**19), 0]
for a in xs:
    for b in ys:
        t(lambda: divmod(a, b))
t(lambda: divmod(True, 2))
t(lambda: divmod(7, True))
t(lambda: divmod(False, False))
