from fractions import Fraction as F
import math

try:
    print('F(1)//0', repr(F(1)//0))
except Exception as x:
    print('F(1)//0', type(x).__name__, x)
try:
    print('F(1)%0', repr(F(1)%0))
except Exception as x:
    print('F(1)%0', type(x).__name__, x)
try:
    print('divmod(F(1),0)', repr(divmod(F(1),0)))
except Exception as x:
    print('divmod(F(1),0)', type(x).__name__, x)
try:
    print('F(1)/0', repr(F(1)/0))
except Exception as x:
    print('F(1)/0', type(x).__name__, x)
try:
    print('F(0)**-1', repr(F(0)**-1))
except Exception as x:
    print('F(0)**-1', type(x).__name__, x)
try:
    print('1/F(0)', repr(1/F(0)))
except Exception as x:
    print('1/F(0)', type(x).__name__, x)
try:
    print('F("1/0")', repr(F("1/0")))
except Exception as x:
    print('F("1/0")', type(x).__name__, x)
try:
    print('F(5, 0)', repr(F(5, 0)))
except Exception as x:
    print('F(5, 0)', type(x).__name__, x)
try:
    print('F(1.5, 2)', repr(F(1.5, 2)))
except Exception as x:
    print('F(1.5, 2)', type(x).__name__, x)
try:
    print('F([])', repr(F([])))
except Exception as x:
    print('F([])', type(x).__name__, x)
try:
    print('F(None)', repr(F(None)))
except Exception as x:
    print('F(None)', type(x).__name__, x)
try:
    print('F(float("inf"))', repr(F(float("inf"))))
except Exception as x:
    print('F(float("inf"))', type(x).__name__, x)
try:
    print('F(float("-inf"))', repr(F(float("-inf"))))
except Exception as x:
    print('F(float("-inf"))', type(x).__name__, x)
try:
    print('F(float("nan"))', repr(F(float("nan"))))
except Exception as x:
    print('F(float("nan"))', type(x).__name__, x)
try:
    print('F(1,3).limit_denominator(0)', repr(F(1,3).limit_denominator(0)))
except Exception as x:
    print('F(1,3).limit_denominator(0)', type(x).__name__, x)
try:
    print('F.from_float("a")', repr(F.from_float("a")))
except Exception as x:
    print('F.from_float("a")', type(x).__name__, x)
try:
    print('F(1,2) + "a"', repr(F(1,2) + "a"))
except Exception as x:
    print('F(1,2) + "a"', type(x).__name__, x)
try:
    print('F(1,2) < "a"', repr(F(1,2) < "a"))
except Exception as x:
    print('F(1,2) < "a"', type(x).__name__, x)
try:
    print('F(1,2) // 1j', repr(F(1,2) // 1j))
except Exception as x:
    print('F(1,2) // 1j', type(x).__name__, x)
try:
    print('F(1, 2j)', repr(F(1, 2j)))
except Exception as x:
    print('F(1, 2j)', type(x).__name__, x)
try:
    print('F(0) ** -2', repr(F(0) ** -2))
except Exception as x:
    print('F(0) ** -2', type(x).__name__, x)
