from fractions import Fraction as F
import math
for x in [math.pi, math.e, math.sqrt(2), 0.1, 1/3, -2.75, 1e-7, 123456.789]:
    f = F(x)
    print(x, [str(f.limit_denominator(d)) for d in (1, 2, 3, 7, 10, 100, 1000, 10**6)])
print(F(1, 2).limit_denominator(2), F(3, 7).limit_denominator(5), F(-3, 7).limit_denominator(5))
