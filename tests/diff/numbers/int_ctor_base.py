def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


cases = [('0x1f', 0), ('0X1F', 0), ('0b101', 0), ('0o17', 0), ('017', 0), ('0', 0), ('00', 0), ('0_0', 0), ('0x_1f', 0), ('0x', 0),
         ('ff', 16), ('0xff', 16), ('FF', 16), ('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('777', 8), ('0o777', 8), ('0b1', 2), ('0b1', 16),
         ('12', 1), ('12', 37), ('12', -1), ('1_0', 3), ('  -0x10  ', 0), ('-0b11', 0), ('+0o7', 0), ('9', 9), ('zz', 36), ('1' * 40, 2)]
for s, b in cases:
    t(lambda: int(s, b))
    t(lambda: int(s, base=b))
t(lambda: int('10', base=True))
t(lambda: int(10, 2))
t(lambda: int(1.5, 10))
t(lambda: int(base=10))
t(lambda: int('10', 2**70))
t(lambda: int('10', '2'))
t(lambda: int('10', 2.0))
