import statistics as s
from fractions import Fraction as F
scores = {"ann": [88, 92, 79, 93, 85], "bob": [70, 75, 72, 68, 90], "cy": [99, 98, 100, 97, 96]}
for name, sc in scores.items():
    print(name, s.mean(sc), s.median(sc), round(s.stdev(sc), 6), s.pvariance(sc), s.quantiles(sc, n=4))
allsc = []
for sc in scores.values():
    allsc.extend(sc)
print(s.mean(allsc), s.fmean(allsc), s.median_low(allsc), s.median_high(allsc), s.mode(allsc), s.multimode(allsc)[:3])
print(s.variance(allsc), s.stdev(allsc), s.pstdev(allsc))
