from fractions import Fraction as F
import math

try:
    print('format(F(1,3),">10")', repr(format(F(1,3),">10")))
except Exception as x:
    print('format(F(1,3),">10")', type(x).__name__, x)
try:
    print('format(F(1,3),".3f")', repr(format(F(1,3),".3f")))
except Exception as x:
    print('format(F(1,3),".3f")', type(x).__name__, x)
try:
    print('format(F(-1,3),"+.3e")', repr(format(F(-1,3),"+.3e")))
except Exception as x:
    print('format(F(-1,3),"+.3e")', type(x).__name__, x)
try:
    print('format(F(1,3),"g")', repr(format(F(1,3),"g")))
except Exception as x:
    print('format(F(1,3),"g")', type(x).__name__, x)
try:
    print('format(F(1,3),"x")', repr(format(F(1,3),"x")))
except Exception as x:
    print('format(F(1,3),"x")', type(x).__name__, x)
try:
    print('format(F(2,3), ".2%")', repr(format(F(2,3), ".2%")))
except Exception as x:
    print('format(F(2,3), ".2%")', type(x).__name__, x)
try:
    print('format(F(1234567,3), ",.2f")', repr(format(F(1234567,3), ",.2f")))
except Exception as x:
    print('format(F(1234567,3), ",.2f")', type(x).__name__, x)
try:
    print('format(F(-1,3), "012.4f")', repr(format(F(-1,3), "012.4f")))
except Exception as x:
    print('format(F(-1,3), "012.4f")', type(x).__name__, x)
try:
    print('format(F(1,3), "^12.3f")', repr(format(F(1,3), "^12.3f")))
except Exception as x:
    print('format(F(1,3), "^12.3f")', type(x).__name__, x)
try:
    print('format(F(1,3), "*<12.3e")', repr(format(F(1,3), "*<12.3e")))
except Exception as x:
    print('format(F(1,3), "*<12.3e")', type(x).__name__, x)
try:
    print('format(F(1,1000000), "g")', repr(format(F(1,1000000), "g")))
except Exception as x:
    print('format(F(1,1000000), "g")', type(x).__name__, x)
try:
    print('format(F(123456789), "g")', repr(format(F(123456789), "g")))
except Exception as x:
    print('format(F(123456789), "g")', type(x).__name__, x)
try:
    print('format(F(123456789), ".3G")', repr(format(F(123456789), ".3G")))
except Exception as x:
    print('format(F(123456789), ".3G")', type(x).__name__, x)
try:
    print('format(F(0), "e")', repr(format(F(0), "e")))
except Exception as x:
    print('format(F(0), "e")', type(x).__name__, x)
try:
    print('format(F(0), "g")', repr(format(F(0), "g")))
except Exception as x:
    print('format(F(0), "g")', type(x).__name__, x)
try:
    print('format(F(5,2), ".0f")', repr(format(F(5,2), ".0f")))
except Exception as x:
    print('format(F(5,2), ".0f")', type(x).__name__, x)
try:
    print('format(F(7,2), ".0f")', repr(format(F(7,2), ".0f")))
except Exception as x:
    print('format(F(7,2), ".0f")', type(x).__name__, x)
try:
    print('format(F(-1,1000), "z.1f")', repr(format(F(-1,1000), "z.1f")))
except Exception as x:
    print('format(F(-1,1000), "z.1f")', type(x).__name__, x)
try:
    print('format(F(1,8), "#.0f")', repr(format(F(1,8), "#.0f")))
except Exception as x:
    print('format(F(1,8), "#.0f")', type(x).__name__, x)
try:
    print('format(F(1,3), "")', repr(format(F(1,3), "")))
except Exception as x:
    print('format(F(1,3), "")', type(x).__name__, x)
try:
    print('format(F(99999,1), ".3g")', repr(format(F(99999,1), ".3g")))
except Exception as x:
    print('format(F(99999,1), ".3g")', type(x).__name__, x)
try:
    print('format(F(1,2), "#g")', repr(format(F(1,2), "#g")))
except Exception as x:
    print('format(F(1,2), "#g")', type(x).__name__, x)
try:
    print('format(F(1,3), "010,.3f")', repr(format(F(1,3), "010,.3f")))
except Exception as x:
    print('format(F(1,3), "010,.3f")', type(x).__name__, x)
try:
    print('format(F(1000), "015,.1f")', repr(format(F(1000), "015,.1f")))
except Exception as x:
    print('format(F(1000), "015,.1f")', type(x).__name__, x)
try:
    print('f"{F(22,7):.5f} {F(22,7)}"', repr(f"{F(22,7):.5f} {F(22,7)}"))
except Exception as x:
    print('f"{F(22,7):.5f} {F(22,7)}"', type(x).__name__, x)
try:
    print('format(F(1,7), "_.10f")', repr(format(F(1,7), "_.10f")))
except Exception as x:
    print('format(F(1,7), "_.10f")', type(x).__name__, x)
try:
    print('format(F(-5,4), " E")', repr(format(F(-5,4), " E")))
except Exception as x:
    print('format(F(-5,4), " E")', type(x).__name__, x)
