def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


xs = [1 + 2j, -1.5 - 0.5j, 2j, 1e300 + 1e-300j, 3, -2.5]
ys = [1 + 2j, 3 - 4j, 2j, -0.5, 2, 1e-300 + 1e300j, 0j, 0, 0.0]
for a in xs:
    for b in ys:
        t(lambda: a / b)
for a in [1 + 2j, 1j, -1, 2, 0j, 1e200 + 1e200j, complex(float('inf'), 0)]:
    for b in [0, 1, 2, 3, -1, -2, 0.5, 1j, 1 + 1j, 101, -101, 2.5]:
        t(lambda: a ** b)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: 0j ** 0)
t(lambda: 2 ** (1 + 1j))
t(lambda: pow(1j, 2, 3))
t(lambda: (1 + 2j) // 2)
t(lambda: (1 + 2j) % 2)
t(lambda: divmod(1 + 2j, 2))
t(lambda: 1j ** 1e300)
t(lambda: (1e200 + 0j) ** 2)
