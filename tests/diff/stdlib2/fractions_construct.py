from fractions import Fraction as F
import math

try:
    print('F()', repr(F()))
except Exception as x:
    print('F()', type(x).__name__, x)
try:
    print('F(3)', repr(F(3)))
except Exception as x:
    print('F(3)', type(x).__name__, x)
try:
    print('F(3, 4)', repr(F(3, 4)))
except Exception as x:
    print('F(3, 4)', type(x).__name__, x)
try:
    print('F(-6, 8)', repr(F(-6, 8)))
except Exception as x:
    print('F(-6, 8)', type(x).__name__, x)
try:
    print('F(3, -6)', repr(F(3, -6)))
except Exception as x:
    print('F(3, -6)', type(x).__name__, x)
try:
    print('F(0, -5)', repr(F(0, -5)))
except Exception as x:
    print('F(0, -5)', type(x).__name__, x)
try:
    print('F(True, 2)', repr(F(True, 2)))
except Exception as x:
    print('F(True, 2)', type(x).__name__, x)
try:
    print('F(F(1, 2), F(3, 4))', repr(F(F(1, 2), F(3, 4))))
except Exception as x:
    print('F(F(1, 2), F(3, 4))', type(x).__name__, x)
try:
    print('F(3, F(3, 4))', repr(F(3, F(3, 4))))
except Exception as x:
    print('F(3, F(3, 4))', type(x).__name__, x)
try:
    print('F(F(2, 3))', repr(F(F(2, 3))))
except Exception as x:
    print('F(F(2, 3))', type(x).__name__, x)
try:
    print('F(10**30, 3)', repr(F(10**30, 3)))
except Exception as x:
    print('F(10**30, 3)', type(x).__name__, x)
try:
    print('F(2.5)', repr(F(2.5)))
except Exception as x:
    print('F(2.5)', type(x).__name__, x)
try:
    print('F(-0.1)', repr(F(-0.1)))
except Exception as x:
    print('F(-0.1)', type(x).__name__, x)
try:
    print('F(0.0)', repr(F(0.0)))
except Exception as x:
    print('F(0.0)', type(x).__name__, x)
try:
    print('F(1e300)', repr(F(1e300)))
except Exception as x:
    print('F(1e300)', type(x).__name__, x)
try:
    print('F(5e-324)', repr(F(5e-324)))
except Exception as x:
    print('F(5e-324)', type(x).__name__, x)
