from fractions import Fraction as F
import math

try:
    print('F("3/4")', repr(F("3/4")))
except Exception as x:
    print('F("3/4")', type(x).__name__, x)
try:
    print('F(" 1.5e-2 ")', repr(F(" 1.5e-2 ")))
except Exception as x:
    print('F(" 1.5e-2 ")', type(x).__name__, x)
try:
    print('F("-.5")', repr(F("-.5")))
except Exception as x:
    print('F("-.5")', type(x).__name__, x)
try:
    print('F("5.")', repr(F("5.")))
except Exception as x:
    print('F("5.")', type(x).__name__, x)
try:
    print('F("1_000/3_0")', repr(F("1_000/3_0")))
except Exception as x:
    print('F("1_000/3_0")', type(x).__name__, x)
try:
    print('F("1 /2")', repr(F("1 /2")))
except Exception as x:
    print('F("1 /2")', type(x).__name__, x)
try:
    print('F("  +7 ")', repr(F("  +7 ")))
except Exception as x:
    print('F("  +7 ")', type(x).__name__, x)
try:
    print('F("1e-3")', repr(F("1e-3")))
except Exception as x:
    print('F("1e-3")', type(x).__name__, x)
try:
    print('F("1.2E+2")', repr(F("1.2E+2")))
except Exception as x:
    print('F("1.2E+2")', type(x).__name__, x)
try:
    print('F("0.000")', repr(F("0.000")))
except Exception as x:
    print('F("0.000")', type(x).__name__, x)
try:
    print('F("-0")', repr(F("-0")))
except Exception as x:
    print('F("-0")', type(x).__name__, x)
try:
    print('F("12.5e1_0")', repr(F("12.5e1_0")))
except Exception as x:
    print('F("12.5e1_0")', type(x).__name__, x)
try:
    print('F("x")', repr(F("x")))
except Exception as x:
    print('F("x")', type(x).__name__, x)
try:
    print('F("1__0")', repr(F("1__0")))
except Exception as x:
    print('F("1__0")', type(x).__name__, x)
try:
    print('F("1e")', repr(F("1e")))
except Exception as x:
    print('F("1e")', type(x).__name__, x)
try:
    print('F("1/2/3")', repr(F("1/2/3")))
except Exception as x:
    print('F("1/2/3")', type(x).__name__, x)
try:
    print('F("")', repr(F("")))
except Exception as x:
    print('F("")', type(x).__name__, x)
try:
    print('F("1/-2")', repr(F("1/-2")))
except Exception as x:
    print('F("1/-2")', type(x).__name__, x)
try:
    print('F(".")', repr(F(".")))
except Exception as x:
    print('F(".")', type(x).__name__, x)
try:
    print('F("1.5/2")', repr(F("1.5/2")))
except Exception as x:
    print('F("1.5/2")', type(x).__name__, x)
try:
    print('F("inf")', repr(F("inf")))
except Exception as x:
    print('F("inf")', type(x).__name__, x)
try:
    print('F("nan")', repr(F("nan")))
except Exception as x:
    print('F("nan")', type(x).__name__, x)
