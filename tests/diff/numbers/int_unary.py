def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for a in [0, 1, -1, 2**47 - 1, -2**47, 2**47, -(2**47) - 1, 2**63, -(2**63), 10**50]:
    print(-a, +a, abs(a), ~a, -(-a) == a, abs(-a) == abs(a))
t(lambda: -True)
t(lambda: +True)
t(lambda: abs(False))
t(lambda: -'x')
t(lambda: +'x')
t(lambda: ~1.5)
t(lambda: abs('x'))
t(lambda: ~1j)
