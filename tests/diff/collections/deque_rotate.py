from collections import deque
d = deque(range(7))
for n in (1, 2, -1, -3, 7, 8, -15, 0, 100, 3):
    d.rotate(n)
    print(n, list(d))
d.rotate(); print(list(d))
e = deque(); e.rotate(5); print(e)
f = deque([1]); f.rotate(-3); print(f)
g = deque(range(16)); g.rotate(5); print(list(g)); g.rotate(-5); print(list(g))
h = deque(range(20)); h.append(20); h.popleft(); h.rotate(11); print(list(h))
