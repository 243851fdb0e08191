def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


xs = [1 + 2j, -1.5 - 0.5j, 2j, -3j, 0j, complex(1e300, 1e300), complex(-0.0, -0.0), 3, -2.5, True]
for a in xs:
    for b in xs:
        t(lambda: (a + b, a - b, a * b))
t(lambda: (1 + 2j) + 10**400)
t(lambda: -(1 + 2j))
t(lambda: +(1 + 2j))
t(lambda: abs(3 + 4j))
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: abs(complex(float('inf'), float('nan'))))
t(lambda: abs(complex(float('nan'), 1)))
t(lambda: abs(-2j))
t(lambda: bool(0j))
t(lambda: bool(complex(0, -0.0)))
t(lambda: bool(1e-300j))
