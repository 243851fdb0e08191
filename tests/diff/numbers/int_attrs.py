def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0, 7, -7, 2**80, True, False]:
    t(lambda: (x.real, x.imag, x.numerator, x.denominator))
t(lambda: type((5).real).__name__)
t(lambda: type(True.real).__name__)
t(lambda: type(True.numerator).__name__)
t(lambda: (5).__sizeof__() > 0)
t(lambda: (5).nope)
t(lambda: int.__name__)
t(lambda: bool.__name__)
t(lambda: bool.__base__.__name__)
t(lambda: isinstance(True, int))
t(lambda: issubclass(bool, int))
t(lambda: type(2**100) is int)
t(lambda: type(5) is int)
