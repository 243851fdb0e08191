import math
for x in [-1.0, -0.0, -1e-310, -1e308, 1.7976931348623157e308, 2.0 ** -1022, 0.1]:
    print(x, math.ulp(x), math.nextafter(x, 0.0), math.nextafter(x, -math.inf))
