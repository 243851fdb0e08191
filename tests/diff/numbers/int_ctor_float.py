def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 3.0, 1e15 + 0.5, 2.0**53, 2.0**53 + 2, 1e20, -1e20, 1.5e300, 2.0**1023, 5e-324]:
    t(lambda: int(x))
t(lambda: int(float('nan')))
t(lambda: int(float('inf')))
t(lambda: int(float('-inf')))
t(lambda: int(True))
t(lambda: int(False))
t(lambda: int(2**100))
t(lambda: type(int(True)).__name__)
