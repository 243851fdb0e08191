from fractions import Fraction as F

try:
    print('type(F(1,2) + 1).__name__', repr(type(F(1,2) + 1).__name__))
except Exception as x:
    print('type(F(1,2) + 1).__name__', type(x).__name__, x)
try:
    print('type(F(1,2) + 1.0).__name__', repr(type(F(1,2) + 1.0).__name__))
except Exception as x:
    print('type(F(1,2) + 1.0).__name__', type(x).__name__, x)
try:
    print('type(1 + F(1,2)).__name__', repr(type(1 + F(1,2)).__name__))
except Exception as x:
    print('type(1 + F(1,2)).__name__', type(x).__name__, x)
try:
    print('type(F(1,2) * 1j).__name__', repr(type(F(1,2) * 1j).__name__))
except Exception as x:
    print('type(F(1,2) * 1j).__name__', type(x).__name__, x)
try:
    print('type(F(1,2) // 1).__name__', repr(type(F(1,2) // 1).__name__))
except Exception as x:
    print('type(F(1,2) // 1).__name__', type(x).__name__, x)
try:
    print('type(F(1,2) % 1).__name__', repr(type(F(1,2) % 1).__name__))
except Exception as x:
    print('type(F(1,2) % 1).__name__', type(x).__name__, x)
try:
    print('type(F(1,2) ** 2).__name__', repr(type(F(1,2) ** 2).__name__))
except Exception as x:
    print('type(F(1,2) ** 2).__name__', type(x).__name__, x)
try:
    print('type(F(4) ** F(1,2)).__name__', repr(type(F(4) ** F(1,2)).__name__))
except Exception as x:
    print('type(F(4) ** F(1,2)).__name__', type(x).__name__, x)
try:
    print('type(2 ** F(2)).__name__', repr(type(2 ** F(2)).__name__))
except Exception as x:
    print('type(2 ** F(2)).__name__', type(x).__name__, x)
try:
    print('type(2 ** F(-2)).__name__', repr(type(2 ** F(-2)).__name__))
except Exception as x:
    print('type(2 ** F(-2)).__name__', type(x).__name__, x)
try:
    print('True + F(1,2)', repr(True + F(1,2)))
except Exception as x:
    print('True + F(1,2)', type(x).__name__, x)
try:
    print('F(1,2) - True', repr(F(1,2) - True))
except Exception as x:
    print('F(1,2) - True', type(x).__name__, x)
try:
    print('F(3,2) * False', repr(F(3,2) * False))
except Exception as x:
    print('F(3,2) * False', type(x).__name__, x)
try:
    print('[1, 2] * F(2)', repr([1, 2] * F(2)))
except Exception as x:
    print('[1, 2] * F(2)', type(x).__name__, x)
try:
    print('F(1,2) + None', repr(F(1,2) + None))
except Exception as x:
    print('F(1,2) + None', type(x).__name__, x)
try:
    print('F(1,2) & 1', repr(F(1,2) & 1))
except Exception as x:
    print('F(1,2) & 1', type(x).__name__, x)
