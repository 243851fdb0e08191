from collections import deque
d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.appendleft(0)
print(d, d.maxlen, d.index(2), d.count(2))
for thunk in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1]).index(5), lambda: deque(maxlen=-1),
              lambda: deque([1, 2], 2).insert(0, 9), lambda: deque([1])[5], lambda: deque(1), lambda: deque([1], "x"), lambda: deque([]).rotate("a")]:
    try:
        print(thunk())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1], list(reversed(d)), d == deque(list(d)), d < deque([9]))
d.extendleft("ab")
del d[1]
print(d, len(d), deque("abc") * 2, deque([1]) + deque([2]))
