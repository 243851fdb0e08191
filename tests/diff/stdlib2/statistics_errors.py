import statistics as s
from fractions import Fraction as F

try:
    print('s.mean([])', repr(s.mean([])))
except Exception as x:
    print('s.mean([])', type(x).__name__, x)
try:
    print('s.fmean([])', repr(s.fmean([])))
except Exception as x:
    print('s.fmean([])', type(x).__name__, x)
try:
    print('s.median([])', repr(s.median([])))
except Exception as x:
    print('s.median([])', type(x).__name__, x)
try:
    print('s.mode([])', repr(s.mode([])))
except Exception as x:
    print('s.mode([])', type(x).__name__, x)
try:
    print('s.variance([])', repr(s.variance([])))
except Exception as x:
    print('s.variance([])', type(x).__name__, x)
try:
    print('s.variance([1])', repr(s.variance([1])))
except Exception as x:
    print('s.variance([1])', type(x).__name__, x)
try:
    print('s.stdev([])', repr(s.stdev([])))
except Exception as x:
    print('s.stdev([])', type(x).__name__, x)
try:
    print('s.pvariance([])', repr(s.pvariance([])))
except Exception as x:
    print('s.pvariance([])', type(x).__name__, x)
try:
    print('s.pstdev([])', repr(s.pstdev([])))
except Exception as x:
    print('s.pstdev([])', type(x).__name__, x)
try:
    print('s.quantiles([1])', repr(s.quantiles([1])))
except Exception as x:
    print('s.quantiles([1])', type(x).__name__, x)
try:
    print('s.quantiles([1, 2], n=-1)', repr(s.quantiles([1, 2], n=-1)))
except Exception as x:
    print('s.quantiles([1, 2], n=-1)', type(x).__name__, x)
try:
    print('s.geometric_mean([])', repr(s.geometric_mean([])))
except Exception as x:
    print('s.geometric_mean([])', type(x).__name__, x)
try:
    print('s.geometric_mean([0, 1])', repr(s.geometric_mean([0, 1])))
except Exception as x:
    print('s.geometric_mean([0, 1])', type(x).__name__, x)
try:
    print('s.harmonic_mean([])', repr(s.harmonic_mean([])))
except Exception as x:
    print('s.harmonic_mean([])', type(x).__name__, x)
try:
    print('s.harmonic_mean([1, 2], weights=[1])', repr(s.harmonic_mean([1, 2], weights=[1])))
except Exception as x:
    print('s.harmonic_mean([1, 2], weights=[1])', type(x).__name__, x)
try:
    print('s.harmonic_mean([1, 2], weights=[-1, 1])', repr(s.harmonic_mean([1, 2], weights=[-1, 1])))
except Exception as x:
    print('s.harmonic_mean([1, 2], weights=[-1, 1])', type(x).__name__, x)
try:
    print('s.correlation([1, 2], [1, 2, 3])', repr(s.correlation([1, 2], [1, 2, 3])))
except Exception as x:
    print('s.correlation([1, 2], [1, 2, 3])', type(x).__name__, x)
try:
    print('s.covariance([1], [1])', repr(s.covariance([1], [1])))
except Exception as x:
    print('s.covariance([1], [1])', type(x).__name__, x)
try:
    print('s.linear_regression([1], [2])', repr(s.linear_regression([1], [2])))
except Exception as x:
    print('s.linear_regression([1], [2])', type(x).__name__, x)
try:
    print('isinstance(s.StatisticsError("x"), ValueError)', repr(isinstance(s.StatisticsError("x"), ValueError)))
except Exception as x:
    print('isinstance(s.StatisticsError("x"), ValueError)', type(x).__name__, x)
try:
    print('s.StatisticsError.__name__', repr(s.StatisticsError.__name__))
except Exception as x:
    print('s.StatisticsError.__name__', type(x).__name__, x)
