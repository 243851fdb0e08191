import statistics as s
from fractions import Fraction as F

try:
    print('s.variance([1])', repr(s.variance([1])))
except Exception as x:
    print('s.variance([1])', type(x).__name__, x)
try:
    print('s.stdev([1])', repr(s.stdev([1])))
except Exception as x:
    print('s.stdev([1])', type(x).__name__, x)
try:
    print('s.pstdev([])', repr(s.pstdev([])))
except Exception as x:
    print('s.pstdev([])', type(x).__name__, x)
try:
    print('s.pvariance([])', repr(s.pvariance([])))
except Exception as x:
    print('s.pvariance([])', type(x).__name__, x)
try:
    print('s.pvariance([1,2,3,4],mu=2.5)', repr(s.pvariance([1,2,3,4],mu=2.5)))
except Exception as x:
    print('s.pvariance([1,2,3,4],mu=2.5)', type(x).__name__, x)
try:
    print('s.variance([1.5,2.5],1)', repr(s.variance([1.5,2.5],1)))
except Exception as x:
    print('s.variance([1.5,2.5],1)', type(x).__name__, x)
try:
    print('s.variance([F(1,3), F(2,3), F(1)])', repr(s.variance([F(1,3), F(2,3), F(1)])))
except Exception as x:
    print('s.variance([F(1,3), F(2,3), F(1)])', type(x).__name__, x)
try:
    print('s.stdev([F(1,3), F(2,3), F(1)])', repr(s.stdev([F(1,3), F(2,3), F(1)])))
except Exception as x:
    print('s.stdev([F(1,3), F(2,3), F(1)])', type(x).__name__, x)
try:
    print('s.variance([1,2,3,4,5], 3)', repr(s.variance([1,2,3,4,5], 3)))
except Exception as x:
    print('s.variance([1,2,3,4,5], 3)', type(x).__name__, x)
try:
    print('s.stdev([2,4,4,4,5,5,7,9])', repr(s.stdev([2,4,4,4,5,5,7,9])))
except Exception as x:
    print('s.stdev([2,4,4,4,5,5,7,9])', type(x).__name__, x)
try:
    print('s.pstdev([2,4,4,4,5,5,7,9])', repr(s.pstdev([2,4,4,4,5,5,7,9])))
except Exception as x:
    print('s.pstdev([2,4,4,4,5,5,7,9])', type(x).__name__, x)
try:
    print('s.variance([1.1, 2.2, 3.3])', repr(s.variance([1.1, 2.2, 3.3])))
except Exception as x:
    print('s.variance([1.1, 2.2, 3.3])', type(x).__name__, x)
try:
    print('s.stdev([1e300, -1e300])', repr(s.stdev([1e300, -1e300])))
except Exception as x:
    print('s.stdev([1e300, -1e300])', type(x).__name__, x)
try:
    print('s.variance([10**20, 3])', repr(s.variance([10**20, 3])))
except Exception as x:
    print('s.variance([10**20, 3])', type(x).__name__, x)
try:
    print('s.variance([1,2,float("inf")])', repr(s.variance([1,2,float("inf")])))
except Exception as x:
    print('s.variance([1,2,float("inf")])', type(x).__name__, x)
try:
    print('s.pvariance([0.1, 0.2, 0.3])', repr(s.pvariance([0.1, 0.2, 0.3])))
except Exception as x:
    print('s.pvariance([0.1, 0.2, 0.3])', type(x).__name__, x)
try:
    print('s.pvariance([1, 1, 1])', repr(s.pvariance([1, 1, 1])))
except Exception as x:
    print('s.pvariance([1, 1, 1])', type(x).__name__, x)
try:
    print('s.stdev([1.5, 1.5])', repr(s.stdev([1.5, 1.5])))
except Exception as x:
    print('s.stdev([1.5, 1.5])', type(x).__name__, x)
try:
    print('s.variance([True, False])', repr(s.variance([True, False])))
except Exception as x:
    print('s.variance([True, False])', type(x).__name__, x)
try:
    print('s.pstdev([F(1,2), F(3,2)])', repr(s.pstdev([F(1,2), F(3,2)])))
except Exception as x:
    print('s.pstdev([F(1,2), F(3,2)])', type(x).__name__, x)
try:
    print('s.variance(["a", "b"])', repr(s.variance(["a", "b"])))
except Exception as x:
    print('s.variance(["a", "b"])', type(x).__name__, x)
