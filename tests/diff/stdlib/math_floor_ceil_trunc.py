import math
for x in [1.5, -1.5, 2.0, -0.5, 0.0, 1e20, -1e20, 2.5, 3, -7, True, 10**30, 1e300]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for bad in [math.inf, -math.inf, math.nan]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(bad)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
math.floor('x')
