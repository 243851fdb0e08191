import math
for x in [0.0, 0.1, 0.5, 1.0, 2.0, -1.0, 3.0, 5.0, 10.0, -10.0, 1e-10]:
    print(x, math.erf(x), math.erfc(x))
