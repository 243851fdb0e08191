from collections import deque
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = deque([1, 2, 3])
print(a == deque([1, 2, 3]), a != deque([1, 2]), a < deque([1, 2, 4]), a <= a, a > deque([1, 2]), a >= deque([2]))
print(a == [1, 2, 3], deque() == deque(), deque() < deque([0]))
print(deque([1, 2], maxlen=5) == deque([1, 2]))
t(lambda: a < [1])
t(lambda: a > (1,))
print(sorted([deque([3]), deque([1, 2]), deque([1])]))
print(deque(['a']) < deque(['b']))
