import math
for f in [lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.pow(1), lambda: math.log(),
          lambda: math.log(1, 2, 3), lambda: math.sqrt('a'), lambda: math.sqrt(x=1), lambda: math.gcd(x=1),
          lambda: math.atan2(1), lambda: math.floor(), lambda: math.isqrt(1.5), lambda: math.comb(1),
          lambda: math.perm(1, 2, 3), lambda: math.hypot(x=1), lambda: math.fsum(), lambda: math.isclose(1, 2, 3),
          lambda: math.sqrt(None), lambda: math.exp([1]), lambda: math.sqrt(10**400)]:
    try:
        f()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
math.cos(1, 2)
