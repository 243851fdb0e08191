def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005, 12345.678, -12345.678, 1e300, 1e-300, 0.0, -0.0, 123.456, 5e-324]:
    for n in [None, 0, 1, 2, 3, -1, -2, -3, 20, 400, -400]:
        t(lambda: round(x, n))
t(lambda: round(1.5, 2**70))
t(lambda: round(1.5, -(2**70)))
t(lambda: round(1.5, 'x'))
t(lambda: round(1.5, 1.5))
t(lambda: (1.5).__round__(1, 2))
t(lambda: (2.5).__round__())
t(lambda: type(round(2.5)).__name__)
t(lambda: type(round(2.5, 0)).__name__)
t(lambda: round(1e300))
t(lambda: round(float('inf'), 0))
t(lambda: round(1.7976931348623157e308, -308))
