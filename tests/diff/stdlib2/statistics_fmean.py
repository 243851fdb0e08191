import statistics as s
from fractions import Fraction as F

try:
    print('s.fmean([1, 2, 3])', repr(s.fmean([1, 2, 3])))
except Exception as x:
    print('s.fmean([1, 2, 3])', type(x).__name__, x)
try:
    print('s.fmean([0.1]*10)', repr(s.fmean([0.1]*10)))
except Exception as x:
    print('s.fmean([0.1]*10)', type(x).__name__, x)
try:
    print('s.fmean(iter([1.5, 2.5]))', repr(s.fmean(iter([1.5, 2.5]))))
except Exception as x:
    print('s.fmean(iter([1.5, 2.5]))', type(x).__name__, x)
try:
    print('s.fmean([1,2,3],[3,2,1])', repr(s.fmean([1,2,3],[3,2,1])))
except Exception as x:
    print('s.fmean([1,2,3],[3,2,1])', type(x).__name__, x)
try:
    print('s.fmean([1,2],[1])', repr(s.fmean([1,2],[1])))
except Exception as x:
    print('s.fmean([1,2],[1])', type(x).__name__, x)
try:
    print('s.fmean([1,2],[0,0])', repr(s.fmean([1,2],[0,0])))
except Exception as x:
    print('s.fmean([1,2],[0,0])', type(x).__name__, x)
try:
    print('s.fmean([])', repr(s.fmean([])))
except Exception as x:
    print('s.fmean([])', type(x).__name__, x)
try:
    print('s.fmean(range(100))', repr(s.fmean(range(100))))
except Exception as x:
    print('s.fmean(range(100))', type(x).__name__, x)
try:
    print('s.fmean([F(1,3), 1])', repr(s.fmean([F(1,3), 1])))
except Exception as x:
    print('s.fmean([F(1,3), 1])', type(x).__name__, x)
try:
    print('s.geometric_mean([54, 24, 36])', repr(s.geometric_mean([54, 24, 36])))
except Exception as x:
    print('s.geometric_mean([54, 24, 36])', type(x).__name__, x)
try:
    print('s.geometric_mean([1,-1])', repr(s.geometric_mean([1,-1])))
except Exception as x:
    print('s.geometric_mean([1,-1])', type(x).__name__, x)
try:
    print('s.geometric_mean([2.0, 8.0])', repr(s.geometric_mean([2.0, 8.0])))
except Exception as x:
    print('s.geometric_mean([2.0, 8.0])', type(x).__name__, x)
try:
    print('s.harmonic_mean([40, 60])', repr(s.harmonic_mean([40, 60])))
except Exception as x:
    print('s.harmonic_mean([40, 60])', type(x).__name__, x)
try:
    print('s.harmonic_mean([40, 60], weights=[5, 30])', repr(s.harmonic_mean([40, 60], weights=[5, 30])))
except Exception as x:
    print('s.harmonic_mean([40, 60], weights=[5, 30])', type(x).__name__, x)
try:
    print('s.harmonic_mean([2.5])', repr(s.harmonic_mean([2.5])))
except Exception as x:
    print('s.harmonic_mean([2.5])', type(x).__name__, x)
try:
    print('s.harmonic_mean([0, 5])', repr(s.harmonic_mean([0, 5])))
except Exception as x:
    print('s.harmonic_mean([0, 5])', type(x).__name__, x)
try:
    print('s.harmonic_mean([1,-1])', repr(s.harmonic_mean([1,-1])))
except Exception as x:
    print('s.harmonic_mean([1,-1])', type(x).__name__, x)
try:
    print('s.harmonic_mean([])', repr(s.harmonic_mean([])))
except Exception as x:
    print('s.harmonic_mean([])', type(x).__name__, x)
try:
    print('s.harmonic_mean([F(1,2), F(1,3)])', repr(s.harmonic_mean([F(1,2), F(1,3)])))
except Exception as x:
    print('s.harmonic_mean([F(1,2), F(1,3)])', type(x).__name__, x)
