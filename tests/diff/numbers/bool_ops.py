def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


bs = [True, False]
for a in bs:
    for b in bs:
        print(a, b, a + b, a - b, a * b, a & b, a | b, a ^ b, a == b, a < b, a ** b)
for a in bs:
    for b in [0, 1, 2, -1, 2.5, 1j, 2**70]:
        t(lambda: (a + b, a * b, b - a))
        t(lambda: (a & b, a | b, b ^ a) if isinstance(b, int) else 'n/a')
t(lambda: True + True)
t(lambda: True / 2)
t(lambda: True // 2)
t(lambda: True % 2)
t(lambda: -True)
t(lambda: +False)
t(lambda: abs(True))
t(lambda: True << 10)
t(lambda: True & 3)
t(lambda: 3 & True)
t(lambda: False | 4)
t(lambda: True ^ 1)
t(lambda: type(True & False).__name__)
t(lambda: type(True & 1).__name__)
t(lambda: type(True + False).__name__)
t(lambda: True / False)
t(lambda: sum([True, True, False, True]))
