def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0, 1, -1, 2, 7, -8, 255, 256, 2**47 - 1, -2**47, 2**64, -(2**64) + 1, 2**1000, True, False]:
    t(lambda: (x.bit_length(), x.bit_count()))
t(lambda: (5).bit_length(1))
t(lambda: int.bit_length(12))
t(lambda: int.bit_count(-15))
t(lambda: (5).is_integer())
t(lambda: (5).as_integer_ratio())
t(lambda: (-(2**70)).as_integer_ratio())
t(lambda: True.as_integer_ratio())
t(lambda: (5).conjugate())
t(lambda: True.conjugate())
t(lambda: (5).__trunc__())
t(lambda: (5).__floor__())
t(lambda: (-5).__ceil__())
t(lambda: (5).__index__())
t(lambda: True.__index__())
t(lambda: (7).__getnewargs__())
