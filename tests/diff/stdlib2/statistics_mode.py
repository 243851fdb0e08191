import statistics as s
from fractions import Fraction as F

try:
    print('s.mode([1,1,2,3,3,3])', repr(s.mode([1,1,2,3,3,3])))
except Exception as x:
    print('s.mode([1,1,2,3,3,3])', type(x).__name__, x)
try:
    print('s.mode("aabbbcc")', repr(s.mode("aabbbcc")))
except Exception as x:
    print('s.mode("aabbbcc")', type(x).__name__, x)
try:
    print('s.mode(["x", "y", "y", "x"])', repr(s.mode(["x", "y", "y", "x"])))
except Exception as x:
    print('s.mode(["x", "y", "y", "x"])', type(x).__name__, x)
try:
    print('s.mode([])', repr(s.mode([])))
except Exception as x:
    print('s.mode([])', type(x).__name__, x)
try:
    print('s.mode([1.5])', repr(s.mode([1.5])))
except Exception as x:
    print('s.mode([1.5])', type(x).__name__, x)
try:
    print('s.multimode("aabbcc")', repr(s.multimode("aabbcc")))
except Exception as x:
    print('s.multimode("aabbcc")', type(x).__name__, x)
try:
    print('s.multimode([])', repr(s.multimode([])))
except Exception as x:
    print('s.multimode([])', type(x).__name__, x)
try:
    print('s.multimode([1,2,2,3,3])', repr(s.multimode([1,2,2,3,3])))
except Exception as x:
    print('s.multimode([1,2,2,3,3])', type(x).__name__, x)
try:
    print('s.multimode("abc")', repr(s.multimode("abc")))
except Exception as x:
    print('s.multimode("abc")', type(x).__name__, x)
try:
    print('s.mode([(1,2), (1,2), (3,)])', repr(s.mode([(1,2), (1,2), (3,)])))
except Exception as x:
    print('s.mode([(1,2), (1,2), (3,)])', type(x).__name__, x)
try:
    print('s.mode(iter([4,4,5]))', repr(s.mode(iter([4,4,5]))))
except Exception as x:
    print('s.mode(iter([4,4,5]))', type(x).__name__, x)
