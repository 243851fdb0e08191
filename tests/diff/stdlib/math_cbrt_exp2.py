import math
for x in [0.0, -0.0, 1.0, 8.0, -27.0, 2.0, 1e300, -1e-300, math.inf]:
    print(x, math.cbrt(x), math.exp2(x) if abs(x) < 1000 else '-')
print(math.exp2(-1075), math.exp2(1023), math.exp2(0.5))
