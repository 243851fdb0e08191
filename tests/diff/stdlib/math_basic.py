import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 1e-300, 1e300]:
    print(x, math.sqrt(x), math.exp(min(x, 700)), math.log1p(x), math.expm1(min(x, 700)))
print(math.sqrt(2), math.sqrt(4), math.sqrt(10**20))
