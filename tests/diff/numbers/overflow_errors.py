def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: float(10**400))
t(lambda: 10**400 + 0.5)
t(lambda: 0.5 * 10**400)
t(lambda: 10**400 / 10**-1 if False else 'skip')
t(lambda: 10**400 / 7)
t(lambda: 10**400 // 1.0)
t(lambda: 10.0 ** 400)
t(lambda: 2.0 ** 1024)
t(lambda: (-2.0) ** 1025)
t(lambda: 1e308 * 10)
t(lambda: 1e308 + 1e308)
t(lambda: int(1e308 * 10))
t(lambda: 1 << (1 << 70))
t(lambda: 2 ** (2 ** 70) if False else 'skip')
t(lambda: (1e200 + 1e200j) ** 2)
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: complex(10**400, 1))
t(lambda: round(1.5e308, -308))
t(lambda: float.fromhex('0x1p2000'))
t(lambda: (2 ** 64).to_bytes(8, 'big'))
