import statistics as s
from fractions import Fraction as F

try:
    print('s.median([1,2,3,4])', repr(s.median([1,2,3,4])))
except Exception as x:
    print('s.median([1,2,3,4])', type(x).__name__, x)
try:
    print('s.median([1,3])', repr(s.median([1,3])))
except Exception as x:
    print('s.median([1,3])', type(x).__name__, x)
try:
    print('s.median([3,1,2])', repr(s.median([3,1,2])))
except Exception as x:
    print('s.median([3,1,2])', type(x).__name__, x)
try:
    print('s.median([F(1),F(2)])', repr(s.median([F(1),F(2)])))
except Exception as x:
    print('s.median([F(1),F(2)])', type(x).__name__, x)
try:
    print('s.median([1.5, 2.5, 0.5, 10.0])', repr(s.median([1.5, 2.5, 0.5, 10.0])))
except Exception as x:
    print('s.median([1.5, 2.5, 0.5, 10.0])', type(x).__name__, x)
try:
    print('s.median([])', repr(s.median([])))
except Exception as x:
    print('s.median([])', type(x).__name__, x)
try:
    print('s.median_low([])', repr(s.median_low([])))
except Exception as x:
    print('s.median_low([])', type(x).__name__, x)
try:
    print('s.median_high([])', repr(s.median_high([])))
except Exception as x:
    print('s.median_high([])', type(x).__name__, x)
try:
    print('s.median_low([3,1,2,4])', repr(s.median_low([3,1,2,4])))
except Exception as x:
    print('s.median_low([3,1,2,4])', type(x).__name__, x)
try:
    print('s.median_high([3,1,2,4])', repr(s.median_high([3,1,2,4])))
except Exception as x:
    print('s.median_high([3,1,2,4])', type(x).__name__, x)
try:
    print('s.median_high("abcd")', repr(s.median_high("abcd")))
except Exception as x:
    print('s.median_high("abcd")', type(x).__name__, x)
try:
    print('s.median_low("abcd")', repr(s.median_low("abcd")))
except Exception as x:
    print('s.median_low("abcd")', type(x).__name__, x)
try:
    print('s.median_low([5])', repr(s.median_low([5])))
except Exception as x:
    print('s.median_low([5])', type(x).__name__, x)
try:
    print('s.median(range(11))', repr(s.median(range(11))))
except Exception as x:
    print('s.median(range(11))', type(x).__name__, x)
try:
    print('s.median([2, 2.5])', repr(s.median([2, 2.5])))
except Exception as x:
    print('s.median([2, 2.5])', type(x).__name__, x)
try:
    print('s.median(["b", "a", "c"])', repr(s.median(["b", "a", "c"])))
except Exception as x:
    print('s.median(["b", "a", "c"])', type(x).__name__, x)
