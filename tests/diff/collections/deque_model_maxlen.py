from collections import deque
import random
rng = random.Random(11)
for maxlen in (1, 2, 5, 17):
    d = deque(maxlen=maxlen); m = []
    for step in range(500):
        op = rng.randrange(4)
        x = rng.randrange(1000)
        if op == 0:
            d.append(x); m.append(x); m = m[-maxlen:]
        elif op == 1:
            d.appendleft(x); m.insert(0, x); m = m[:maxlen]
        elif op == 2:
            d.extend([x, x + 1, x + 2]); m.extend([x, x + 1, x + 2]); m = m[-maxlen:]
        else:
            d.extendleft([x, x + 1]); m = [x + 1, x] + m; m = m[:maxlen]
        assert list(d) == m
    print(maxlen, list(d), d.maxlen)
