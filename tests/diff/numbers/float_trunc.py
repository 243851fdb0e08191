def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.7, -2.7, 1e20, -1e20, 2.0**63, 1e300, 4503599627370495.5]:
    t(lambda: (x.__trunc__(), x.__floor__(), x.__ceil__(), int(x)))
t(lambda: float('inf').__floor__())
t(lambda: float('nan').__ceil__())
t(lambda: float('-inf').__trunc__())
