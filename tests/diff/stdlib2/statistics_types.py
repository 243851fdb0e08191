import statistics as s
from fractions import Fraction as F

try:
    print('type(s.mean([1, 2])).__name__', repr(type(s.mean([1, 2])).__name__))
except Exception as x:
    print('type(s.mean([1, 2])).__name__', type(x).__name__, x)
try:
    print('type(s.mean([1, 3])).__name__', repr(type(s.mean([1, 3])).__name__))
except Exception as x:
    print('type(s.mean([1, 3])).__name__', type(x).__name__, x)
try:
    print('type(s.mean([1.0, 3])).__name__', repr(type(s.mean([1.0, 3])).__name__))
except Exception as x:
    print('type(s.mean([1.0, 3])).__name__', type(x).__name__, x)
try:
    print('type(s.mean([F(1), 3])).__name__', repr(type(s.mean([F(1), 3])).__name__))
except Exception as x:
    print('type(s.mean([F(1), 3])).__name__', type(x).__name__, x)
try:
    print('type(s.variance([1, 2, 3])).__name__', repr(type(s.variance([1, 2, 3])).__name__))
except Exception as x:
    print('type(s.variance([1, 2, 3])).__name__', type(x).__name__, x)
try:
    print('type(s.variance([1, 2, 4])).__name__', repr(type(s.variance([1, 2, 4])).__name__))
except Exception as x:
    print('type(s.variance([1, 2, 4])).__name__', type(x).__name__, x)
try:
    print('type(s.stdev([1, 2, 3])).__name__', repr(type(s.stdev([1, 2, 3])).__name__))
except Exception as x:
    print('type(s.stdev([1, 2, 3])).__name__', type(x).__name__, x)
try:
    print('type(s.median([1, 3])).__name__', repr(type(s.median([1, 3])).__name__))
except Exception as x:
    print('type(s.median([1, 3])).__name__', type(x).__name__, x)
try:
    print('type(s.median([1, 2, 3])).__name__', repr(type(s.median([1, 2, 3])).__name__))
except Exception as x:
    print('type(s.median([1, 2, 3])).__name__', type(x).__name__, x)
try:
    print('s.variance([F(1), 2.0, 3])', repr(s.variance([F(1), 2.0, 3])))
except Exception as x:
    print('s.variance([F(1), 2.0, 3])', type(x).__name__, x)
try:
    print('s.mean([1, "2"])', repr(s.mean([1, "2"])))
except Exception as x:
    print('s.mean([1, "2"])', type(x).__name__, x)
try:
    print('s.mean([1, None])', repr(s.mean([1, None])))
except Exception as x:
    print('s.mean([1, None])', type(x).__name__, x)
try:
    print('s.mean([1j])', repr(s.mean([1j])))
except Exception as x:
    print('s.mean([1j])', type(x).__name__, x)
try:
    print('s.median([1, "a"])', repr(s.median([1, "a"])))
except Exception as x:
    print('s.median([1, "a"])', type(x).__name__, x)
