import statistics as s
from fractions import Fraction as F
import random
random.seed(5)
data = [random.random() * 100 for _ in range(50)]
idata = [random.randint(-50, 50) for _ in range(31)]
for f in (s.mean, s.fmean, s.median, s.median_low, s.median_high, s.stdev, s.pstdev, s.variance, s.pvariance, s.mode):
    print(f.__name__, f(data), f(idata))
print(s.quantiles(data), s.quantiles(idata, n=7), s.multimode(idata))
print(s.quantiles(data, n=10, method="inclusive"))
