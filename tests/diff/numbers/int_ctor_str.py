def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['0', '12', '-12', '+12', '  7  ', '\t-3\n', '1_000', '1__000', '_1', '1_', '', ' ', 'x', '12x', '0012', '-0', '1.5', '1e5', '٣', '１２３', '12345678901234567890123', '- 1', '+-1', '0x10', '10 0']:
    t(lambda: int(s))
t(lambda: int('9' * 100))
t(lambda: int('a' * 250))
t(lambda: int(b'42'))
t(lambda: int(b' -7 '))
t(lambda: int(b'x'))
t(lambda: int(bytearray(b'15')))
t(lambda: int())
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int(1j))
t(lambda: int(x=5))
t(lambda: int('5', 10, 3))
