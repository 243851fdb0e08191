from fractions import Fraction as F
import math

try:
    print('F(math.pi).limit_denominator(1000)', repr(F(math.pi).limit_denominator(1000)))
except Exception as x:
    print('F(math.pi).limit_denominator(1000)', type(x).__name__, x)
try:
    print('F(math.pi).limit_denominator(10)', repr(F(math.pi).limit_denominator(10)))
except Exception as x:
    print('F(math.pi).limit_denominator(10)', type(x).__name__, x)
try:
    print('F(math.pi).limit_denominator()', repr(F(math.pi).limit_denominator()))
except Exception as x:
    print('F(math.pi).limit_denominator()', type(x).__name__, x)
try:
    print('F(-0.1).limit_denominator(100)', repr(F(-0.1).limit_denominator(100)))
except Exception as x:
    print('F(-0.1).limit_denominator(100)', type(x).__name__, x)
try:
    print('F(3,4).limit_denominator(1)', repr(F(3,4).limit_denominator(1)))
except Exception as x:
    print('F(3,4).limit_denominator(1)', type(x).__name__, x)
try:
    print('F(5,2).limit_denominator(1)', repr(F(5,2).limit_denominator(1)))
except Exception as x:
    print('F(5,2).limit_denominator(1)', type(x).__name__, x)
try:
    print('F(1,2).as_integer_ratio()', repr(F(1,2).as_integer_ratio()))
except Exception as x:
    print('F(1,2).as_integer_ratio()', type(x).__name__, x)
try:
    print('F(4,2).is_integer()', repr(F(4,2).is_integer()))
except Exception as x:
    print('F(4,2).is_integer()', type(x).__name__, x)
try:
    print('F(1,2).is_integer()', repr(F(1,2).is_integer()))
except Exception as x:
    print('F(1,2).is_integer()', type(x).__name__, x)
try:
    print('F(1,2).numerator', repr(F(1,2).numerator))
except Exception as x:
    print('F(1,2).numerator', type(x).__name__, x)
try:
    print('F(-1,2).denominator', repr(F(-1,2).denominator))
except Exception as x:
    print('F(-1,2).denominator', type(x).__name__, x)
try:
    print('F.from_float(1)', repr(F.from_float(1)))
except Exception as x:
    print('F.from_float(1)', type(x).__name__, x)
try:
    print('F.from_float(0.75)', repr(F.from_float(0.75)))
except Exception as x:
    print('F.from_float(0.75)', type(x).__name__, x)
try:
    print('F.from_float(-2.5)', repr(F.from_float(-2.5)))
except Exception as x:
    print('F.from_float(-2.5)', type(x).__name__, x)
try:
    print('F(1,3).real', repr(F(1,3).real))
except Exception as x:
    print('F(1,3).real', type(x).__name__, x)
try:
    print('F(1,3).imag', repr(F(1,3).imag))
except Exception as x:
    print('F(1,3).imag', type(x).__name__, x)
try:
    print('F(1,3).conjugate()', repr(F(1,3).conjugate()))
except Exception as x:
    print('F(1,3).conjugate()', type(x).__name__, x)
try:
    print('str(F(3,1))', repr(str(F(3,1))))
except Exception as x:
    print('str(F(3,1))', type(x).__name__, x)
try:
    print('str(F(-3,4))', repr(str(F(-3,4))))
except Exception as x:
    print('str(F(-3,4))', type(x).__name__, x)
try:
    print('repr(F("-0.0"))', repr(repr(F("-0.0"))))
except Exception as x:
    print('repr(F("-0.0"))', type(x).__name__, x)
try:
    print('F(7,3).__floor__()', repr(F(7,3).__floor__()))
except Exception as x:
    print('F(7,3).__floor__()', type(x).__name__, x)
