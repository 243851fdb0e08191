from fractions import Fraction as F

try:
    print('float(F(1, 10))', repr(float(F(1, 10))))
except Exception as x:
    print('float(F(1, 10))', type(x).__name__, x)
try:
    print('float(F(2**80 + 1, 2**80))', repr(float(F(2**80 + 1, 2**80))))
except Exception as x:
    print('float(F(2**80 + 1, 2**80))', type(x).__name__, x)
try:
    print('float(F(-7, 3))', repr(float(F(-7, 3))))
except Exception as x:
    print('float(F(-7, 3))', type(x).__name__, x)
try:
    print('float(F(10**310, 1))', repr(float(F(10**310, 1))))
except Exception as x:
    print('float(F(10**310, 1))', type(x).__name__, x)
try:
    print('float(F(1, 10**400))', repr(float(F(1, 10**400))))
except Exception as x:
    print('float(F(1, 10**400))', type(x).__name__, x)
try:
    print('F(0.1) == F(1, 10)', repr(F(0.1) == F(1, 10)))
except Exception as x:
    print('F(0.1) == F(1, 10)', type(x).__name__, x)
try:
    print('F(0.1) - F(1,10)', repr(F(0.1) - F(1,10)))
except Exception as x:
    print('F(0.1) - F(1,10)', type(x).__name__, x)
try:
    print('F(1.0) is not None', repr(F(1.0) is not None))
except Exception as x:
    print('F(1.0) is not None', type(x).__name__, x)
try:
    print('F(-0.0)', repr(F(-0.0)))
except Exception as x:
    print('F(-0.0)', type(x).__name__, x)
try:
    print('F(2**-1074)', repr(F(2**-1074)))
except Exception as x:
    print('F(2**-1074)', type(x).__name__, x)
try:
    print('F(1.7976931348623157e308).denominator', repr(F(1.7976931348623157e308).denominator))
except Exception as x:
    print('F(1.7976931348623157e308).denominator', type(x).__name__, x)
try:
    print('F(1,3).__float__()', repr(F(1,3).__float__()))
except Exception as x:
    print('F(1,3).__float__()', type(x).__name__, x)
try:
    print('int(F(10**30+1, 10))', repr(int(F(10**30+1, 10))))
except Exception as x:
    print('int(F(10**30+1, 10))', type(x).__name__, x)
