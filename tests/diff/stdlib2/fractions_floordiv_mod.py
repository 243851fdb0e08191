from fractions import Fraction as F

try:
    print('F(7,2)//2', repr(F(7,2)//2))
except Exception as x:
    print('F(7,2)//2', type(x).__name__, x)
try:
    print('F(-7,2)//2', repr(F(-7,2)//2))
except Exception as x:
    print('F(-7,2)//2', type(x).__name__, x)
try:
    print('F(7,2)%2', repr(F(7,2)%2))
except Exception as x:
    print('F(7,2)%2', type(x).__name__, x)
try:
    print('F(-7,2)%2', repr(F(-7,2)%2))
except Exception as x:
    print('F(-7,2)%2', type(x).__name__, x)
try:
    print('F(7,2)%-2', repr(F(7,2)%-2))
except Exception as x:
    print('F(7,2)%-2', type(x).__name__, x)
try:
    print('divmod(F(7,2), F(-1,3))', repr(divmod(F(7,2), F(-1,3))))
except Exception as x:
    print('divmod(F(7,2), F(-1,3))', type(x).__name__, x)
try:
    print('divmod(F(-22,7), 1)', repr(divmod(F(-22,7), 1)))
except Exception as x:
    print('divmod(F(-22,7), 1)', type(x).__name__, x)
try:
    print('5 % F(3,2)', repr(5 % F(3,2)))
except Exception as x:
    print('5 % F(3,2)', type(x).__name__, x)
try:
    print('-5 // F(3,2)', repr(-5 // F(3,2)))
except Exception as x:
    print('-5 // F(3,2)', type(x).__name__, x)
try:
    print('F(1,3) % 0.25', repr(F(1,3) % 0.25))
except Exception as x:
    print('F(1,3) % 0.25', type(x).__name__, x)
try:
    print('0.25 // F(1,8)', repr(0.25 // F(1,8)))
except Exception as x:
    print('0.25 // F(1,8)', type(x).__name__, x)
try:
    print('divmod(2.5, F(1,2))', repr(divmod(2.5, F(1,2))))
except Exception as x:
    print('divmod(2.5, F(1,2))', type(x).__name__, x)
try:
    print('F(10**20+1, 3) // F(1,7)', repr(F(10**20+1, 3) // F(1,7)))
except Exception as x:
    print('F(10**20+1, 3) // F(1,7)', type(x).__name__, x)
try:
    print('F(5,3) % F(5,3)', repr(F(5,3) % F(5,3)))
except Exception as x:
    print('F(5,3) % F(5,3)', type(x).__name__, x)
