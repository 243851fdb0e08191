import statistics as s
from fractions import Fraction as F

try:
    print('s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])', repr(s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])))
except Exception as x:
    print('s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])', type(x).__name__, x)
try:
    print('s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)', repr(s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)))
except Exception as x:
    print('s.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)', type(x).__name__, x)
try:
    print('s.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])', repr(s.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])))
except Exception as x:
    print('s.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])', type(x).__name__, x)
try:
    print('s.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25], 1.375)', repr(s.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25], 1.375)))
except Exception as x:
    print('s.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25], 1.375)', type(x).__name__, x)
try:
    print('s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)', repr(s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)))
except Exception as x:
    print('s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)', type(x).__name__, x)
try:
    print('s.pstdev([1, 2, 3], 2)', repr(s.pstdev([1, 2, 3], 2)))
except Exception as x:
    print('s.pstdev([1, 2, 3], 2)', type(x).__name__, x)
try:
    print('s.variance([F(1, 4), F(5, 4), F(1, 2)], F(2, 3))', repr(s.variance([F(1, 4), F(5, 4), F(1, 2)], F(2, 3))))
except Exception as x:
    print('s.variance([F(1, 4), F(5, 4), F(1, 2)], F(2, 3))', type(x).__name__, x)
try:
    print('s.variance(range(1000))', repr(s.variance(range(1000))))
except Exception as x:
    print('s.variance(range(1000))', type(x).__name__, x)
try:
    print('s.stdev(range(1000))', repr(s.stdev(range(1000))))
except Exception as x:
    print('s.stdev(range(1000))', type(x).__name__, x)
try:
    print('s.pstdev([10**15, 10**15 + 1])', repr(s.pstdev([10**15, 10**15 + 1])))
except Exception as x:
    print('s.pstdev([10**15, 10**15 + 1])', type(x).__name__, x)
try:
    print('s.variance([0.1] * 5)', repr(s.variance([0.1] * 5)))
except Exception as x:
    print('s.variance([0.1] * 5)', type(x).__name__, x)
