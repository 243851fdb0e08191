def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['1.5', '-1.5', '+1.5', '  2.5  ', '\t3\n', '1_000.5', '1__0', '_1', '1_', '1e5', '1E-5', '1e', 'e5', '.5', '5.', '.', '', ' ', 'x', '1.5x',
          'inf', '-inf', 'Infinity', '+INFINITY', 'nan', '-nan', 'NaN', 'infinit', 'nanx', '0x10', '1e500', '-1e500', '1e-500', '１.５', '٣.٥', '1_0e1_0', '0001.5']:
    t(lambda: float(s))
t(lambda: float())
t(lambda: float(7))
t(lambda: float(-2**70))
t(lambda: float(10**400))
t(lambda: float(True))
t(lambda: float(None))
t(lambda: float([1.0]))
t(lambda: float(1j))
t(lambda: float(1, 2))
t(lambda: float(x=1))
t(lambda: float(b'2.5'))
t(lambda: float(b'x'))
t(lambda: float('x' * 5))
