import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(5, 5))
print(math.isclose(a=1, b=1.0000000001))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
math.isclose(1)
