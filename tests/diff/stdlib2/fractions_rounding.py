from fractions import Fraction as F
import math

try:
    print('round(F(5,2))', repr(round(F(5,2))))
except Exception as x:
    print('round(F(5,2))', type(x).__name__, x)
try:
    print('round(F(7,2))', repr(round(F(7,2))))
except Exception as x:
    print('round(F(7,2))', type(x).__name__, x)
try:
    print('round(F(-5,2))', repr(round(F(-5,2))))
except Exception as x:
    print('round(F(-5,2))', type(x).__name__, x)
try:
    print('round(F(-7,2))', repr(round(F(-7,2))))
except Exception as x:
    print('round(F(-7,2))', type(x).__name__, x)
try:
    print('round(F(1,3))', repr(round(F(1,3))))
except Exception as x:
    print('round(F(1,3))', type(x).__name__, x)
try:
    print('round(F(12345,100),1)', repr(round(F(12345,100),1)))
except Exception as x:
    print('round(F(12345,100),1)', type(x).__name__, x)
try:
    print('round(F(12345,100),-1)', repr(round(F(12345,100),-1)))
except Exception as x:
    print('round(F(12345,100),-1)', type(x).__name__, x)
try:
    print('round(F(12345,100),0)', repr(round(F(12345,100),0)))
except Exception as x:
    print('round(F(12345,100),0)', type(x).__name__, x)
try:
    print('round(F(-1,3), 2)', repr(round(F(-1,3), 2)))
except Exception as x:
    print('round(F(-1,3), 2)', type(x).__name__, x)
try:
    print('math.floor(F(-7,2))', repr(math.floor(F(-7,2))))
except Exception as x:
    print('math.floor(F(-7,2))', type(x).__name__, x)
try:
    print('math.ceil(F(-7,2))', repr(math.ceil(F(-7,2))))
except Exception as x:
    print('math.ceil(F(-7,2))', type(x).__name__, x)
try:
    print('math.trunc(F(-7,2))', repr(math.trunc(F(-7,2))))
except Exception as x:
    print('math.trunc(F(-7,2))', type(x).__name__, x)
try:
    print('math.floor(F(7,2))', repr(math.floor(F(7,2))))
except Exception as x:
    print('math.floor(F(7,2))', type(x).__name__, x)
try:
    print('math.ceil(F(7,2))', repr(math.ceil(F(7,2))))
except Exception as x:
    print('math.ceil(F(7,2))', type(x).__name__, x)
try:
    print('int(F(-7,2))', repr(int(F(-7,2))))
except Exception as x:
    print('int(F(-7,2))', type(x).__name__, x)
try:
    print('int(F(7,2))', repr(int(F(7,2))))
except Exception as x:
    print('int(F(7,2))', type(x).__name__, x)
try:
    print('float(F(1,3))', repr(float(F(1,3))))
except Exception as x:
    print('float(F(1,3))', type(x).__name__, x)
try:
    print('float(F(10**400, 10**399))', repr(float(F(10**400, 10**399))))
except Exception as x:
    print('float(F(10**400, 10**399))', type(x).__name__, x)
try:
    print('complex(F(1,2))', repr(complex(F(1,2))))
except Exception as x:
    print('complex(F(1,2))', type(x).__name__, x)
try:
    print('abs(F(-1,2))', repr(abs(F(-1,2))))
except Exception as x:
    print('abs(F(-1,2))', type(x).__name__, x)
try:
    print('-F(1,2)', repr(-F(1,2)))
except Exception as x:
    print('-F(1,2)', type(x).__name__, x)
try:
    print('+F(1,2)', repr(+F(1,2)))
except Exception as x:
    print('+F(1,2)', type(x).__name__, x)
try:
    print('bool(F(0))', repr(bool(F(0))))
except Exception as x:
    print('bool(F(0))', type(x).__name__, x)
try:
    print('bool(F(1,9))', repr(bool(F(1,9))))
except Exception as x:
    print('bool(F(1,9))', type(x).__name__, x)
