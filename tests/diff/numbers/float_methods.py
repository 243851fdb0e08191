def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e300, 5e-324, 2.0**60, 3.0, 1e-10, float('inf'), float('-inf'), float('nan')]:
    t(lambda: x.is_integer())
    t(lambda: x.hex())
    t(lambda: x.as_integer_ratio())
    t(lambda: x.conjugate())
    t(lambda: (x.real, x.imag))
for s in ['0x1.8p1', '-0x1p-1074', '0x1.fffffffffffffp+1023', 'inf', '-Infinity', 'nan', 'x', '0x1p10000', ' 0x1.0p0 ', '1', '0x.8', '0X1P-2', '0x1.000000000000008p0', '0x1.0000000000000081p0', '0x']:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(1))
t(lambda: float.fromhex())
t(lambda: (1.5).hex(1))
t(lambda: float.fromhex((1.1).hex()) == 1.1)
t(lambda: (1.5).__getnewargs__())
