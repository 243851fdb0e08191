import math
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 101, rel_tol=0.001), math.isclose(1e-12, 0, abs_tol=1e-11))
print(math.isclose(b=2, a=2), math.isclose(-math.inf, -math.inf), math.isclose(1e308, math.inf))
for bad in [lambda: math.isclose(1, 2, tol=1), lambda: math.isclose(1, 2, a=1), lambda: math.isclose(1, 2, abs_tol=-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
math.isclose('a', 1)
