from collections import deque
print(repr(deque()), str(deque([1, 'a', None])))
print(deque([1, 2], maxlen=5))
print(deque([deque([1]), [2]]))
x = deque([1]); x.append(x); print(x)
class D(deque):
    pass
print(D([1, 2], 3), repr(D()), D('ab'))
print(deque.__name__, deque.__module__, deque.__qualname__)
print(type(deque()), deque)
print(f"{deque([1.5])}")
