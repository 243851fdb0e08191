import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0), math.nextafter(1e308 * 10, 0))
for x in [1.0, 0.0, -1.0, 1e300, 2.0**52, 5e-324, math.inf, 1e-310]:
    print(x, math.ulp(x))
print(math.isnan(math.ulp(math.nan)))
