# Random operations checked against a list model.
from collections import deque
import random
rng = random.Random(7)
d = deque(); m = []
for step in range(3000):
    op = rng.randrange(9)
    if op == 0:
        x = rng.randrange(100); d.append(x); m.append(x)
    elif op == 1:
        x = rng.randrange(100); d.appendleft(x); m.insert(0, x)
    elif op == 2 and m:
        assert d.pop() == m.pop()
    elif op == 3 and m:
        assert d.popleft() == m.pop(0)
    elif op == 4:
        k = rng.randrange(-10, 10); d.rotate(k)
        if m:
            k %= len(m); m[:] = m[-k:] + m[:-k] if k else m
    elif op == 5 and m:
        i = rng.randrange(len(m)); del d[i]; del m[i]
    elif op == 6:
        i = rng.randrange(-5, len(m) + 5); x = rng.randrange(100); d.insert(i, x); m.insert(i, x)
    elif op == 7 and m:
        i = rng.randrange(len(m)); d[i] = -1; m[i] = -1
    elif op == 8:
        d.extend([1, 2]); m.extend([1, 2])
    assert list(d) == m, step
print(len(d), list(d)[:10], sum(d))
