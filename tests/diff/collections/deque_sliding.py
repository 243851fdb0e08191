from collections import deque
def sliding_max(xs, k):
    q = deque()
    out = []
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(xs[q[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
def tail(it, n):
    return list(deque(it, maxlen=n))
print(tail(range(100), 4), tail('ab', 5))
def moving_average(xs, n):
    d = deque(maxlen=n); s = 0; out = []
    for x in xs:
        if len(d) == n:
            s -= d[0]
        d.append(x); s += x
        out.append(s / len(d))
    return out
print(moving_average([40, 30, 50, 46, 39, 44], 3))
