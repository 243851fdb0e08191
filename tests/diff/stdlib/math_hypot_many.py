import math
print(math.hypot(*[1.0] * 100), math.hypot(*range(1, 50)), math.hypot(3e200, 4e200), math.hypot(3e-200, 4e-200))
print(math.hypot(-0.0, 0.0), math.hypot(1, math.inf, math.nan), math.isnan(math.hypot(1, math.nan)))
print(math.hypot(True, 2), math.hypot(10 ** 10, 1), math.dist((1, 2, 3, 4), (4, 3, 2, 1)))
print(math.dist([0.5], [0.25]), math.dist((1e308, 0), (-1e308, 0)))
math.hypot('a')
