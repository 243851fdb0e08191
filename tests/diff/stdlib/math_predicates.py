import math
for x in [0, 1.0, math.inf, -math.inf, math.nan, 1e308, 10**100]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
