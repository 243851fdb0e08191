def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


vals = [1, 1.5, 1j, True, 'a', None, [1], (1,)]
for a in vals:
    for b in vals:
        t(lambda: a + b)
        t(lambda: a - b)
        t(lambda: a // b)
        t(lambda: a & b)
        t(lambda: a < b)
t(lambda: 1.0 << 1)
t(lambda: 1 >> 1.0)
t(lambda: ~1.5)
t(lambda: -'x')
t(lambda: 1 @ 2)
t(lambda: divmod(1j, 1))
t(lambda: divmod('a', 1))
t(lambda: pow(1, 2, 'x'))
t(lambda: pow('x', 2))
t(lambda: 1 ** 'x')
