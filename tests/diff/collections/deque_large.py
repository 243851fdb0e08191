from collections import deque
d = deque()
for i in range(10000):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
print(len(d), d[0], d[-1], d[len(d) // 2])
for i in range(len(d) - 5):
    d.pop()
print(d)
e = deque(range(1000))
e.rotate(333)
print(e[0], e[-1], e.index(0))
while e:
    e.popleft()
print(e, len(e))
f = deque()
for i in range(100):
    f.appendleft(i); f.append(-i)
print(f[0], f[-1], f[100], sum(f))
del f[50]; del f[150]; print(len(f), f[49], f[50], f[149])
f.insert(10, 'x'); f.insert(180, 'y'); print(f.index('x'), f.index('y'))
