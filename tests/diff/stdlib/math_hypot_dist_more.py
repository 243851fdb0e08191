import math
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(-3, 4, 12), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1), math.hypot(True, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((), ()), math.dist((1.5,), (-1.5,)))
for thunk in [lambda: math.dist((1,), (1, 2)), lambda: math.dist([1], "a"), lambda: math.dist(1, 2), lambda: math.hypot("a"), lambda: math.dist((1,))]:
    try:
        print(thunk())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
