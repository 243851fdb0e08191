import math
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(-3, 4, 12), math.hypot(1, 1))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(0.1, 0.2, 0.3))
print(math.hypot(*range(10)), math.hypot(1.5, 2.5, 3.5, 4.5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)), math.dist((), ()))
print(math.dist((0.1, 0.2), (0.3, 0.4)))
math.dist((1, 2), (1, 2, 3))
