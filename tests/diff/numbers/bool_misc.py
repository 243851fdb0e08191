def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 1, -1, 0.0, -0.0, 0.5, float('nan'), 0j, 1j, complex(0, -0.0), '', 'x', [], [0], (), None, 2**100, {}]:
    t(lambda: bool(v))
t(lambda: bool())
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
t(lambda: repr(True))
t(lambda: str(False))
t(lambda: hash(True))
t(lambda: hash(False))
t(lambda: int(True))
t(lambda: float(False))
t(lambda: complex(True))
t(lambda: True == 1)
t(lambda: True is True)
t(lambda: True.real)
t(lambda: True.bit_length())
t(lambda: format(True, ''))
t(lambda: format(True, 'd'))
t(lambda: format(False, '>6'))
t(lambda: format(True, '.1f'))
t(lambda: True.to_bytes(1, 'big'))
t(lambda: {True: 'a', 1: 'b'})
t(lambda: [True, False, 0, 1] == [1, 0, False, True])
t(lambda: round(True))
t(lambda: divmod(True, True))
t(lambda: pow(True, -1))
