from fractions import Fraction as F

try:
    print('F(2,3)**3', repr(F(2,3)**3))
except Exception as x:
    print('F(2,3)**3', type(x).__name__, x)
try:
    print('F(2,3)**-3', repr(F(2,3)**-3))
except Exception as x:
    print('F(2,3)**-3', type(x).__name__, x)
try:
    print('F(-2,3)**-3', repr(F(-2,3)**-3))
except Exception as x:
    print('F(-2,3)**-3', type(x).__name__, x)
try:
    print('F(-2,3)**2', repr(F(-2,3)**2))
except Exception as x:
    print('F(-2,3)**2', type(x).__name__, x)
try:
    print('F(0)**0', repr(F(0)**0))
except Exception as x:
    print('F(0)**0', type(x).__name__, x)
try:
    print('F(0)**5', repr(F(0)**5))
except Exception as x:
    print('F(0)**5', type(x).__name__, x)
try:
    print('F(5)**0', repr(F(5)**0))
except Exception as x:
    print('F(5)**0', type(x).__name__, x)
try:
    print('F(1,2)**F(-2)', repr(F(1,2)**F(-2)))
except Exception as x:
    print('F(1,2)**F(-2)', type(x).__name__, x)
try:
    print('F(4,9)**F(1,2)', repr(F(4,9)**F(1,2)))
except Exception as x:
    print('F(4,9)**F(1,2)', type(x).__name__, x)
try:
    print('F(-4,9)**F(1,2)', repr(F(-4,9)**F(1,2)))
except Exception as x:
    print('F(-4,9)**F(1,2)', type(x).__name__, x)
try:
    print('F(8)**(1/3)', repr(F(8)**(1/3)))
except Exception as x:
    print('F(8)**(1/3)', type(x).__name__, x)
try:
    print('F(2)**1j', repr(F(2)**1j))
except Exception as x:
    print('F(2)**1j', type(x).__name__, x)
try:
    print('0**F(1,2)', repr(0**F(1,2)))
except Exception as x:
    print('0**F(1,2)', type(x).__name__, x)
try:
    print('0**F(-1)', repr(0**F(-1)))
except Exception as x:
    print('0**F(-1)', type(x).__name__, x)
try:
    print('F(1,2)**-F(1,2)', repr(F(1,2)**-F(1,2)))
except Exception as x:
    print('F(1,2)**-F(1,2)', type(x).__name__, x)
try:
    print('pow(F(2,3), 2)', repr(pow(F(2,3), 2)))
except Exception as x:
    print('pow(F(2,3), 2)', type(x).__name__, x)
try:
    print('(-1)**F(2)', repr((-1)**F(2)))
except Exception as x:
    print('(-1)**F(2)', type(x).__name__, x)
try:
    print('2.0**F(1,2)', repr(2.0**F(1,2)))
except Exception as x:
    print('2.0**F(1,2)', type(x).__name__, x)
try:
    print('F(10)**40', repr(F(10)**40))
except Exception as x:
    print('F(10)**40', type(x).__name__, x)
try:
    print('(F(1,3)**100).denominator % 1000', repr((F(1,3)**100).denominator % 1000))
except Exception as x:
    print('(F(1,3)**100).denominator % 1000', type(x).__name__, x)
