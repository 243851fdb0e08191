import math
for x in [-1, 1, -0.0, 0.0, -2.5, math.inf, -math.inf, 10**20]:
    print(math.fabs(x), math.copysign(3, x), math.copysign(x, -1))
print(math.copysign(1.0, math.nan), math.copysign(math.nan, -1.0))
