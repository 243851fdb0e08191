import statistics as s
from fractions import Fraction as F

try:
    print('s.covariance([1,2,3,4,5,6,7,8,9],[1,2,3,1,2,3,1,2,3])', repr(s.covariance([1,2,3,4,5,6,7,8,9],[1,2,3,1,2,3,1,2,3])))
except Exception as x:
    print('s.covariance([1,2,3,4,5,6,7,8,9],[1,2,3,1,2,3,1,2,3])', type(x).__name__, x)
try:
    print('s.correlation([1,2,3,4,5,6,7,8,9],[9,8,7,6,5,4,3,2,1])', repr(s.correlation([1,2,3,4,5,6,7,8,9],[9,8,7,6,5,4,3,2,1])))
except Exception as x:
    print('s.correlation([1,2,3,4,5,6,7,8,9],[9,8,7,6,5,4,3,2,1])', type(x).__name__, x)
try:
    print('s.correlation([1,2,3],[1,2,4])', repr(s.correlation([1,2,3],[1,2,4])))
except Exception as x:
    print('s.correlation([1,2,3],[1,2,4])', type(x).__name__, x)
try:
    print('s.linear_regression([1,2,3,4,5],[3,5,7,9,11])', repr(s.linear_regression([1,2,3,4,5],[3,5,7,9,11])))
except Exception as x:
    print('s.linear_regression([1,2,3,4,5],[3,5,7,9,11])', type(x).__name__, x)
try:
    print('s.linear_regression([1,2,3],[2,4,6.5], proportional=True)', repr(s.linear_regression([1,2,3],[2,4,6.5], proportional=True)))
except Exception as x:
    print('s.linear_regression([1,2,3],[2,4,6.5], proportional=True)', type(x).__name__, x)
try:
    print('s.linear_regression([1,2,3,4,5],[3,5,7,9,11]).slope', repr(s.linear_regression([1,2,3,4,5],[3,5,7,9,11]).slope))
except Exception as x:
    print('s.linear_regression([1,2,3,4,5],[3,5,7,9,11]).slope', type(x).__name__, x)
try:
    print('s.correlation([1,1],[1,2])', repr(s.correlation([1,1],[1,2])))
except Exception as x:
    print('s.correlation([1,1],[1,2])', type(x).__name__, x)
try:
    print('s.covariance([1],[2])', repr(s.covariance([1],[2])))
except Exception as x:
    print('s.covariance([1],[2])', type(x).__name__, x)
try:
    print('s.covariance([1,2],[2])', repr(s.covariance([1,2],[2])))
except Exception as x:
    print('s.covariance([1,2],[2])', type(x).__name__, x)
try:
    print('s.linear_regression([1,1],[1,2])', repr(s.linear_regression([1,1],[1,2])))
except Exception as x:
    print('s.linear_regression([1,1],[1,2])', type(x).__name__, x)
try:
    print('issubclass(s.StatisticsError, ValueError)', repr(issubclass(s.StatisticsError, ValueError)))
except Exception as x:
    print('issubclass(s.StatisticsError, ValueError)', type(x).__name__, x)
