import math
for x in [1.0, 3.14159, -2.5e-300, 6.02e23, 5e-324, 1.7976931348623157e308, 0.1, 255.0]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x, 0.5 <= abs(m) < 1)
