import statistics as s
from fractions import Fraction as F

try:
    print('s.fmean([3.5, 4.0, 5.25])', repr(s.fmean([3.5, 4.0, 5.25])))
except Exception as x:
    print('s.fmean([3.5, 4.0, 5.25])', type(x).__name__, x)
try:
    print('s.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])', repr(s.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])))
except Exception as x:
    print('s.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])', type(x).__name__, x)
try:
    print('s.fmean(range(1, 5), weights=range(4, 0, -1))', repr(s.fmean(range(1, 5), weights=range(4, 0, -1))))
except Exception as x:
    print('s.fmean(range(1, 5), weights=range(4, 0, -1))', type(x).__name__, x)
try:
    print('s.fmean([1e308, 1e308])', repr(s.fmean([1e308, 1e308])))
except Exception as x:
    print('s.fmean([1e308, 1e308])', type(x).__name__, x)
try:
    print('s.fmean([0.1, 0.2, 0.3])', repr(s.fmean([0.1, 0.2, 0.3])))
except Exception as x:
    print('s.fmean([0.1, 0.2, 0.3])', type(x).__name__, x)
try:
    print('s.fmean([True, False, True])', repr(s.fmean([True, False, True])))
except Exception as x:
    print('s.fmean([True, False, True])', type(x).__name__, x)
try:
    print('s.fmean([F(1, 3), F(2, 3)])', repr(s.fmean([F(1, 3), F(2, 3)])))
except Exception as x:
    print('s.fmean([F(1, 3), F(2, 3)])', type(x).__name__, x)
try:
    print('s.fmean([2.5] * 7)', repr(s.fmean([2.5] * 7)))
except Exception as x:
    print('s.fmean([2.5] * 7)', type(x).__name__, x)
try:
    print('s.fmean([1, 2], weights=iter([1, 1]))', repr(s.fmean([1, 2], weights=iter([1, 1]))))
except Exception as x:
    print('s.fmean([1, 2], weights=iter([1, 1]))', type(x).__name__, x)
