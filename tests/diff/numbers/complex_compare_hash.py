def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


xs = [1 + 2j, 1 + 0j, 1, 1.0, 2j, 0j, 0, -0.0, True, complex(2**53, 0), 2**53 + 1]
for a in xs:
    print([a == b for b in xs], [a != b for b in xs])
t(lambda: 1j < 2j)
t(lambda: 1j <= 1)
t(lambda: 1 > 1j)
t(lambda: 1j >= 1.0)
t(lambda: complex(2**53, 0) == 2**53 + 1)
for z in [0j, 1 + 0j, 1j, 1 + 2j, -1 - 2j, complex(1.5, -2.5), complex(1e300, 1e-300), complex(float('inf'), 0), complex(0, float('-inf'))]:
    print(z, hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
d = {1j: 'i', 1: 'one'}
print(d[1 + 0j], d[complex(0, 1)])
