from fractions import Fraction as F

try:
    print('F("1/2 ")', repr(F("1/2 ")))
except Exception as x:
    print('F("1/2 ")', type(x).__name__, x)
try:
    print('F("\\t-3/7\\n")', repr(F("\t-3/7\n")))
except Exception as x:
    print('F("\\t-3/7\\n")', type(x).__name__, x)
try:
    print('F("1,5")', repr(F("1,5")))
except Exception as x:
    print('F("1,5")', type(x).__name__, x)
try:
    print('F("0x10")', repr(F("0x10")))
except Exception as x:
    print('F("0x10")', type(x).__name__, x)
try:
    print('F("1e1.5")', repr(F("1e1.5")))
except Exception as x:
    print('F("1e1.5")', type(x).__name__, x)
try:
    print('F("+-1")', repr(F("+-1")))
except Exception as x:
    print('F("+-1")', type(x).__name__, x)
try:
    print('F("1/+2")', repr(F("1/+2")))
except Exception as x:
    print('F("1/+2")', type(x).__name__, x)
try:
    print('F("_1")', repr(F("_1")))
except Exception as x:
    print('F("_1")', type(x).__name__, x)
try:
    print('F("1_")', repr(F("1_")))
except Exception as x:
    print('F("1_")', type(x).__name__, x)
try:
    print('F("1._5")', repr(F("1._5")))
except Exception as x:
    print('F("1._5")', type(x).__name__, x)
try:
    print('F("1.5_5")', repr(F("1.5_5")))
except Exception as x:
    print('F("1.5_5")', type(x).__name__, x)
try:
    print('F("١٢/٣")', repr(F("١٢/٣")))
except Exception as x:
    print('F("١٢/٣")', type(x).__name__, x)
try:
    print('F(" ")', repr(F(" ")))
except Exception as x:
    print('F(" ")', type(x).__name__, x)
try:
    print('F("3e-2_0")', repr(F("3e-2_0")))
except Exception as x:
    print('F("3e-2_0")', type(x).__name__, x)
try:
    print('F(b"1/2")', repr(F(b"1/2")))
except Exception as x:
    print('F(b"1/2")', type(x).__name__, x)
try:
    print('F("1/0.5")', repr(F("1/0.5")))
except Exception as x:
    print('F("1/0.5")', type(x).__name__, x)
