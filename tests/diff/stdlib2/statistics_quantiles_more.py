import statistics as s
from fractions import Fraction as F
import random
random.seed(11)
for n in (2, 3, 4, 5, 10, 100):
    d = [random.gauss(0, 1) for _ in range(n + 3)]
    q = s.quantiles(d, n=n)
    qi = s.quantiles(d, n=n, method="inclusive")
    print(n, len(q), q[:3], qi[-2:])
print(s.quantiles([1, 2], n=4), s.quantiles([1, 2], n=4, method="inclusive"))
print(s.quantiles([F(1), F(2), F(4)], n=3))
