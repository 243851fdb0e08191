import statistics as s
from fractions import Fraction as F

try:
    print('s.mean([1,2,3,4])', repr(s.mean([1,2,3,4])))
except Exception as x:
    print('s.mean([1,2,3,4])', type(x).__name__, x)
try:
    print('s.mean([1,2,3])', repr(s.mean([1,2,3])))
except Exception as x:
    print('s.mean([1,2,3])', type(x).__name__, x)
try:
    print('s.mean([1.5, 2.5])', repr(s.mean([1.5, 2.5])))
except Exception as x:
    print('s.mean([1.5, 2.5])', type(x).__name__, x)
try:
    print('s.mean([1, F(1,2), 0.5])', repr(s.mean([1, F(1,2), 0.5])))
except Exception as x:
    print('s.mean([1, F(1,2), 0.5])', type(x).__name__, x)
try:
    print('s.mean([F(1,2), 1.5, True])', repr(s.mean([F(1,2), 1.5, True])))
except Exception as x:
    print('s.mean([F(1,2), 1.5, True])', type(x).__name__, x)
try:
    print('s.mean([1,2.0,F(1)])', repr(s.mean([1,2.0,F(1)])))
except Exception as x:
    print('s.mean([1,2.0,F(1)])', type(x).__name__, x)
try:
    print('s.mean(iter([1,2]))', repr(s.mean(iter([1,2]))))
except Exception as x:
    print('s.mean(iter([1,2]))', type(x).__name__, x)
try:
    print('s.mean([F(1,3), F(2,3)])', repr(s.mean([F(1,3), F(2,3)])))
except Exception as x:
    print('s.mean([F(1,3), F(2,3)])', type(x).__name__, x)
try:
    print('s.mean([True, False, True])', repr(s.mean([True, False, True])))
except Exception as x:
    print('s.mean([True, False, True])', type(x).__name__, x)
try:
    print('s.mean([1.1, 2.2, 3.3])', repr(s.mean([1.1, 2.2, 3.3])))
except Exception as x:
    print('s.mean([1.1, 2.2, 3.3])', type(x).__name__, x)
try:
    print('s.mean([10**30, 1])', repr(s.mean([10**30, 1])))
except Exception as x:
    print('s.mean([10**30, 1])', type(x).__name__, x)
try:
    print('s.mean(range(10))', repr(s.mean(range(10))))
except Exception as x:
    print('s.mean(range(10))', type(x).__name__, x)
try:
    print('s.mean([1,float("nan")])', repr(s.mean([1,float("nan")])))
except Exception as x:
    print('s.mean([1,float("nan")])', type(x).__name__, x)
try:
    print('s.mean([1,float("inf")])', repr(s.mean([1,float("inf")])))
except Exception as x:
    print('s.mean([1,float("inf")])', type(x).__name__, x)
try:
    print('s.mean(["a"])', repr(s.mean(["a"])))
except Exception as x:
    print('s.mean(["a"])', type(x).__name__, x)
try:
    print('s.mean([])', repr(s.mean([])))
except Exception as x:
    print('s.mean([])', type(x).__name__, x)
try:
    print('s.mean([-1e308, 1e308, 5.0])', repr(s.mean([-1e308, 1e308, 5.0])))
except Exception as x:
    print('s.mean([-1e308, 1e308, 5.0])', type(x).__name__, x)
