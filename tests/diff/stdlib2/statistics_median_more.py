import statistics as s
from fractions import Fraction as F

try:
    print('s.median([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])', repr(s.median([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])))
except Exception as x:
    print('s.median([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])', type(x).__name__, x)
try:
    print('s.median([F(1, 2), F(1, 3)])', repr(s.median([F(1, 2), F(1, 3)])))
except Exception as x:
    print('s.median([F(1, 2), F(1, 3)])', type(x).__name__, x)
try:
    print('s.median([10**20, 10**20 + 1])', repr(s.median([10**20, 10**20 + 1])))
except Exception as x:
    print('s.median([10**20, 10**20 + 1])', type(x).__name__, x)
try:
    print('s.median([True, False])', repr(s.median([True, False])))
except Exception as x:
    print('s.median([True, False])', type(x).__name__, x)
try:
    print('s.median_low(range(10))', repr(s.median_low(range(10))))
except Exception as x:
    print('s.median_low(range(10))', type(x).__name__, x)
try:
    print('s.median_high(range(10))', repr(s.median_high(range(10))))
except Exception as x:
    print('s.median_high(range(10))', type(x).__name__, x)
try:
    print('s.median(iter([5, 3, 1]))', repr(s.median(iter([5, 3, 1]))))
except Exception as x:
    print('s.median(iter([5, 3, 1]))', type(x).__name__, x)
try:
    print('s.median(set([1, 2, 3, 4]))', repr(s.median(set([1, 2, 3, 4]))))
except Exception as x:
    print('s.median(set([1, 2, 3, 4]))', type(x).__name__, x)
try:
    print('s.median([float("inf"), 1, 2])', repr(s.median([float("inf"), 1, 2])))
except Exception as x:
    print('s.median([float("inf"), 1, 2])', type(x).__name__, x)
try:
    print('s.median([-1.5, -2.5])', repr(s.median([-1.5, -2.5])))
except Exception as x:
    print('s.median([-1.5, -2.5])', type(x).__name__, x)
