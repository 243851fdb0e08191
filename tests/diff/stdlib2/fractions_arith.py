from fractions import Fraction as F
import math

try:
    print('F(1,3)+F(1,6)', repr(F(1,3)+F(1,6)))
except Exception as x:
    print('F(1,3)+F(1,6)', type(x).__name__, x)
try:
    print('F(1,3)-1', repr(F(1,3)-1))
except Exception as x:
    print('F(1,3)-1', type(x).__name__, x)
try:
    print('3-F(1,3)', repr(3-F(1,3)))
except Exception as x:
    print('3-F(1,3)', type(x).__name__, x)
try:
    print('2*F(3,4)', repr(2*F(3,4)))
except Exception as x:
    print('2*F(3,4)', type(x).__name__, x)
try:
    print('F(3,4)*0.5', repr(F(3,4)*0.5))
except Exception as x:
    print('F(3,4)*0.5', type(x).__name__, x)
try:
    print('1.5/F(1,2)', repr(1.5/F(1,2)))
except Exception as x:
    print('1.5/F(1,2)', type(x).__name__, x)
try:
    print('F(7,2)//F(1,3)', repr(F(7,2)//F(1,3)))
except Exception as x:
    print('F(7,2)//F(1,3)', type(x).__name__, x)
try:
    print('F(7,2)%F(1,3)', repr(F(7,2)%F(1,3)))
except Exception as x:
    print('F(7,2)%F(1,3)', type(x).__name__, x)
try:
    print('divmod(F(-7,2), F(2,3))', repr(divmod(F(-7,2), F(2,3))))
except Exception as x:
    print('divmod(F(-7,2), F(2,3))', type(x).__name__, x)
try:
    print('7 // F(2,3)', repr(7 // F(2,3)))
except Exception as x:
    print('7 // F(2,3)', type(x).__name__, x)
try:
    print('7 % F(2,3)', repr(7 % F(2,3)))
except Exception as x:
    print('7 % F(2,3)', type(x).__name__, x)
try:
    print('divmod(7, F(2,3))', repr(divmod(7, F(2,3))))
except Exception as x:
    print('divmod(7, F(2,3))', type(x).__name__, x)
try:
    print('F(-7,3)**-2', repr(F(-7,3)**-2))
except Exception as x:
    print('F(-7,3)**-2', type(x).__name__, x)
try:
    print('F(2,3)**F(2)', repr(F(2,3)**F(2)))
except Exception as x:
    print('F(2,3)**F(2)', type(x).__name__, x)
try:
    print('(-2)**F(3)', repr((-2)**F(3)))
except Exception as x:
    print('(-2)**F(3)', type(x).__name__, x)
try:
    print('2**F(-1)', repr(2**F(-1)))
except Exception as x:
    print('2**F(-1)', type(x).__name__, x)
try:
    print('F(9,4)**F(1,2)', repr(F(9,4)**F(1,2)))
except Exception as x:
    print('F(9,4)**F(1,2)', type(x).__name__, x)
try:
    print('2**F(1,2)', repr(2**F(1,2)))
except Exception as x:
    print('2**F(1,2)', type(x).__name__, x)
try:
    print('F(1,2)**0.5', repr(F(1,2)**0.5))
except Exception as x:
    print('F(1,2)**0.5', type(x).__name__, x)
try:
    print('F(4)**F(1,2)', repr(F(4)**F(1,2)))
except Exception as x:
    print('F(4)**F(1,2)', type(x).__name__, x)
try:
    print('F(-8)**F(1,3)', repr(F(-8)**F(1,3)))
except Exception as x:
    print('F(-8)**F(1,3)', type(x).__name__, x)
try:
    print('F(1,2)+1j', repr(F(1,2)+1j))
except Exception as x:
    print('F(1,2)+1j', type(x).__name__, x)
try:
    print('1j*F(1,2)', repr(1j*F(1,2)))
except Exception as x:
    print('1j*F(1,2)', type(x).__name__, x)
try:
    print('F(1,3)/F(2,3)', repr(F(1,3)/F(2,3)))
except Exception as x:
    print('F(1,3)/F(2,3)', type(x).__name__, x)
try:
    print('F(1,2) - 0.25', repr(F(1,2) - 0.25))
except Exception as x:
    print('F(1,2) - 0.25', type(x).__name__, x)
try:
    print('0.25 - F(1,2)', repr(0.25 - F(1,2)))
except Exception as x:
    print('0.25 - F(1,2)', type(x).__name__, x)
try:
    print('F(1,2) % 0.3', repr(F(1,2) % 0.3))
except Exception as x:
    print('F(1,2) % 0.3', type(x).__name__, x)
try:
    print('F(5,3) // 0.5', repr(F(5,3) // 0.5))
except Exception as x:
    print('F(5,3) // 0.5', type(x).__name__, x)
try:
    print('sum([F(1,n) for n in range(1,10)])', repr(sum([F(1,n) for n in range(1,10)])))
except Exception as x:
    print('sum([F(1,n) for n in range(1,10)])', type(x).__name__, x)
try:
    print('F(1,3) * 3 == 1', repr(F(1,3) * 3 == 1))
except Exception as x:
    print('F(1,3) * 3 == 1', type(x).__name__, x)
try:
    print('F(10**20, 3) * F(3, 10**20)', repr(F(10**20, 3) * F(3, 10**20)))
except Exception as x:
    print('F(10**20, 3) * F(3, 10**20)', type(x).__name__, x)
