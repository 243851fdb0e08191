import math
inf, nan = float("inf"), float("nan")
print(math.modf(3.75), math.modf(-3.75), math.modf(0.0), math.modf(-0.0), math.modf(inf), math.modf(-inf), math.modf(5))
print(math.frexp(0.0), math.frexp(-0.0), math.frexp(1.0), math.frexp(-8.5), math.frexp(5e-324), math.frexp(inf), math.frexp(1e308))
print(math.ldexp(0.5, 3), math.ldexp(1.0, -1075), math.ldexp(1.0, -1074), math.ldexp(-0.0, 5), math.ldexp(inf, -5), math.ldexp(1, 10 ** 20) if False else 0)
for thunk in [lambda: math.ldexp(1.0, 1025), lambda: math.ldexp(1.0, 1.5), lambda: math.frexp("a"), lambda: math.modf(None), lambda: math.ldexp(1.0, 10 ** 30)]:
    try:
        print(thunk())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(math.ldexp(1.0, -(10 ** 30)), math.isnan(math.modf(nan)[0]))
