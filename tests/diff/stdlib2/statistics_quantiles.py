import statistics as s
from fractions import Fraction as F

try:
    print('s.quantiles([5])', repr(s.quantiles([5])))
except Exception as x:
    print('s.quantiles([5])', type(x).__name__, x)
try:
    print('s.quantiles([])', repr(s.quantiles([])))
except Exception as x:
    print('s.quantiles([])', type(x).__name__, x)
try:
    print('s.quantiles([1,2],n=0)', repr(s.quantiles([1,2],n=0)))
except Exception as x:
    print('s.quantiles([1,2],n=0)', type(x).__name__, x)
try:
    print('s.quantiles([1,2,3],method="x")', repr(s.quantiles([1,2,3],method="x")))
except Exception as x:
    print('s.quantiles([1,2,3],method="x")', type(x).__name__, x)
try:
    print('s.quantiles([1, 2], n=1)', repr(s.quantiles([1, 2], n=1)))
except Exception as x:
    print('s.quantiles([1, 2], n=1)', type(x).__name__, x)
try:
    print('s.quantiles([1.0, 2.0, 10.0], n=5)', repr(s.quantiles([1.0, 2.0, 10.0], n=5)))
except Exception as x:
    print('s.quantiles([1.0, 2.0, 10.0], n=5)', type(x).__name__, x)
try:
    print('s.quantiles(range(1, 11))', repr(s.quantiles(range(1, 11))))
except Exception as x:
    print('s.quantiles(range(1, 11))', type(x).__name__, x)
try:
    print('s.quantiles(range(1, 11), method="inclusive")', repr(s.quantiles(range(1, 11), method="inclusive")))
except Exception as x:
    print('s.quantiles(range(1, 11), method="inclusive")', type(x).__name__, x)
try:
    print('s.quantiles([1, 5, 2, 8, 7], n=10)', repr(s.quantiles([1, 5, 2, 8, 7], n=10)))
except Exception as x:
    print('s.quantiles([1, 5, 2, 8, 7], n=10)', type(x).__name__, x)
try:
    print('s.quantiles([F(1,2), F(3,2), 2], n=3)', repr(s.quantiles([F(1,2), F(3,2), 2], n=3)))
except Exception as x:
    print('s.quantiles([F(1,2), F(3,2), 2], n=3)', type(x).__name__, x)
try:
    print('s.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)', repr(s.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)))
except Exception as x:
    print('s.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)', type(x).__name__, x)
