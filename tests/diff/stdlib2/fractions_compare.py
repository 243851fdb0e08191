from fractions import Fraction as F
import math

try:
    print('F(1,2) < F(2,3)', repr(F(1,2) < F(2,3)))
except Exception as x:
    print('F(1,2) < F(2,3)', type(x).__name__, x)
try:
    print('F(1,2) >= 1', repr(F(1,2) >= 1))
except Exception as x:
    print('F(1,2) >= 1', type(x).__name__, x)
try:
    print('F(1,2) <= F(1,2)', repr(F(1,2) <= F(1,2)))
except Exception as x:
    print('F(1,2) <= F(1,2)', type(x).__name__, x)
try:
    print('F(1,2) > float("nan")', repr(F(1,2) > float("nan")))
except Exception as x:
    print('F(1,2) > float("nan")', type(x).__name__, x)
try:
    print('F(1,2) < float("inf")', repr(F(1,2) < float("inf")))
except Exception as x:
    print('F(1,2) < float("inf")', type(x).__name__, x)
try:
    print('F(1,2) > float("-inf")', repr(F(1,2) > float("-inf")))
except Exception as x:
    print('F(1,2) > float("-inf")', type(x).__name__, x)
try:
    print('F(2) == 2', repr(F(2) == 2))
except Exception as x:
    print('F(2) == 2', type(x).__name__, x)
try:
    print('F(2) == 2.0', repr(F(2) == 2.0))
except Exception as x:
    print('F(2) == 2.0', type(x).__name__, x)
try:
    print('F(1,3) == 1/3', repr(F(1,3) == 1/3))
except Exception as x:
    print('F(1,3) == 1/3', type(x).__name__, x)
try:
    print('F(1,2) == 0.5', repr(F(1,2) == 0.5))
except Exception as x:
    print('F(1,2) == 0.5', type(x).__name__, x)
try:
    print('F(1,2) == 0.5+0j', repr(F(1,2) == 0.5+0j))
except Exception as x:
    print('F(1,2) == 0.5+0j', type(x).__name__, x)
try:
    print('F(1,2) == 0.5+1j', repr(F(1,2) == 0.5+1j))
except Exception as x:
    print('F(1,2) == 0.5+1j', type(x).__name__, x)
try:
    print('F(1,2) != F(2,4)', repr(F(1,2) != F(2,4)))
except Exception as x:
    print('F(1,2) != F(2,4)', type(x).__name__, x)
try:
    print('F(1,2) == "1/2"', repr(F(1,2) == "1/2"))
except Exception as x:
    print('F(1,2) == "1/2"', type(x).__name__, x)
try:
    print('F(1,3) < 0.34', repr(F(1,3) < 0.34))
except Exception as x:
    print('F(1,3) < 0.34', type(x).__name__, x)
try:
    print('0.34 > F(1,3)', repr(0.34 > F(1,3)))
except Exception as x:
    print('0.34 > F(1,3)', type(x).__name__, x)
try:
    print('1 < F(3,2)', repr(1 < F(3,2)))
except Exception as x:
    print('1 < F(3,2)', type(x).__name__, x)
try:
    print('sorted([F(1,2), 0.3, 1, F(1,3), -2])', repr(sorted([F(1,2), 0.3, 1, F(1,3), -2])))
except Exception as x:
    print('sorted([F(1,2), 0.3, 1, F(1,3), -2])', type(x).__name__, x)
try:
    print('max(F(1,2), F(2,3))', repr(max(F(1,2), F(2,3))))
except Exception as x:
    print('max(F(1,2), F(2,3))', type(x).__name__, x)
try:
    print('min([F(5,2), 2, 2.4])', repr(min([F(5,2), 2, 2.4])))
except Exception as x:
    print('min([F(5,2), 2, 2.4])', type(x).__name__, x)
try:
    print('F(1,2) == float("nan")', repr(F(1,2) == float("nan")))
except Exception as x:
    print('F(1,2) == float("nan")', type(x).__name__, x)
