# collections.deque: breadth-first search over a pseudo-random maze grid
# from several sources, plus a sliding-window maximum with a monotonic deque.
from collections import deque


def make_grid(n):
    x = 424242
    walls = bytearray(n * n)
    for i in range(n * n):
        x = (x * 1103515245 + 12345) % 2147483648
        if x % 100 < 28:
            walls[i] = 1
    walls[0] = 0
    walls[n * n - 1] = 0
    return walls


def bfs(walls, n, src):
    dist = [-1] * (n * n)
    dist[src] = 0
    q = deque([src])
    pop = q.popleft
    push = q.append
    reached = 0
    while q:
        u = pop()
        reached += 1
        d = dist[u] + 1
        r, c = divmod(u, n)
        if r and not walls[u - n] and dist[u - n] < 0:
            dist[u - n] = d
            push(u - n)
        if r < n - 1 and not walls[u + n] and dist[u + n] < 0:
            dist[u + n] = d
            push(u + n)
        if c and not walls[u - 1] and dist[u - 1] < 0:
            dist[u - 1] = d
            push(u - 1)
        if c < n - 1 and not walls[u + 1] and dist[u + 1] < 0:
            dist[u + 1] = d
            push(u + 1)
    return reached, max(dist)


def sliding_max(xs, k):
    q = deque()
    total = 0
    for i in range(len(xs)):
        x = xs[i]
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            total += xs[q[0]]
    return total


def main():
    n = 600
    walls = make_grid(n)
    out = []
    for src in (0, n * n // 2 + 7, n * n - 1):
        if walls[src]:
            src += 1
        out.append(bfs(walls, n, src))
    print("bfs:", out)
    xs = []
    x = 99
    for i in range(1000000):
        x = (x * 1103515245 + 12345) % 2147483648
        xs.append(x % 100000)
    print("sliding max:", sliding_max(xs, 50))
    d = deque(range(1000))
    for i in range(80003):
        d.rotate(7)
        d.append(d.popleft())
    print("rotate:", d[0], d[-1])


main()
