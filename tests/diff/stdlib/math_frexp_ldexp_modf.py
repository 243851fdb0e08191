import math
for x in [0.0, 1.0, -1.0, 0.5, 1024.0, 1e-310, 123.456, -0.0, math.inf, 3]:
    print(x, math.frexp(x), math.modf(x))
print(math.modf(-math.inf), math.modf(2.5), math.modf(-2.5))
for m, e in [(0.5, 1), (1.0, 1023), (1.0, -1074), (1.0, -1080), (3, 4), (-1.5, 10), (0.0, 10**30), (1.0, -10**30)]:
    print(m, e, math.ldexp(m, e))
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print('OverflowError', e)
math.ldexp(1.0, 2.0)
