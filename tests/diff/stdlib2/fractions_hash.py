from fractions import Fraction as F
import math

try:
    print('hash(F(1,3))', repr(hash(F(1,3))))
except Exception as x:
    print('hash(F(1,3))', type(x).__name__, x)
try:
    print('hash(F(-1,2))', repr(hash(F(-1,2))))
except Exception as x:
    print('hash(F(-1,2))', type(x).__name__, x)
try:
    print('hash(F(2))', repr(hash(F(2))))
except Exception as x:
    print('hash(F(2))', type(x).__name__, x)
try:
    print('hash(F(2)) == hash(2)', repr(hash(F(2)) == hash(2)))
except Exception as x:
    print('hash(F(2)) == hash(2)', type(x).__name__, x)
try:
    print('hash(F(1,2)) == hash(0.5)', repr(hash(F(1,2)) == hash(0.5)))
except Exception as x:
    print('hash(F(1,2)) == hash(0.5)', type(x).__name__, x)
try:
    print('hash(F(5, 2**61-1))', repr(hash(F(5, 2**61-1))))
except Exception as x:
    print('hash(F(5, 2**61-1))', type(x).__name__, x)
try:
    print('hash(F(-1))', repr(hash(F(-1))))
except Exception as x:
    print('hash(F(-1))', type(x).__name__, x)
try:
    print('hash(F(-2))', repr(hash(F(-2))))
except Exception as x:
    print('hash(F(-2))', type(x).__name__, x)
try:
    print('hash(F(10**40, 7))', repr(hash(F(10**40, 7))))
except Exception as x:
    print('hash(F(10**40, 7))', type(x).__name__, x)
try:
    print('hash(F(-3, 7))', repr(hash(F(-3, 7))))
except Exception as x:
    print('hash(F(-3, 7))', type(x).__name__, x)
try:
    print('{F(1,2): 1}[0.5]', repr({F(1,2): 1}[0.5]))
except Exception as x:
    print('{F(1,2): 1}[0.5]', type(x).__name__, x)
try:
    print('len({F(1,2), 0.5, F(2,4), 1, F(1), 1.0})', repr(len({F(1,2), 0.5, F(2,4), 1, F(1), 1.0})))
except Exception as x:
    print('len({F(1,2), 0.5, F(2,4), 1, F(1), 1.0})', type(x).__name__, x)
try:
    print('hash(F(0))', repr(hash(F(0))))
except Exception as x:
    print('hash(F(0))', type(x).__name__, x)
