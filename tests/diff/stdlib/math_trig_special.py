import math
inf, nan = float("inf"), float("nan")
for f in [math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh, math.asinh, math.acosh, math.atanh]:
    out = []
    for x in [0.0, -0.0, 1.0, -1.0, inf, -inf, nan, 2.0]:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(f.__name__, out)
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(inf, inf), math.atan2(-inf, -inf), math.atan2(1, 0), math.atan2(nan, 1))
print(math.degrees(math.pi), math.radians(180), math.degrees(-inf), math.radians(nan))
