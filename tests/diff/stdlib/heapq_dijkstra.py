import heapq
graph = {0: [(1, 4), (2, 1)], 1: [(3, 1)], 2: [(1, 2), (3, 5)], 3: [(4, 3)], 4: []}
dist = {0: 0}
pq = [(0, 0)]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist.get(u, 1 << 60):
        continue
    for v, w in graph[u]:
        nd = d + w
        if nd < dist.get(v, 1 << 60):
            dist[v] = nd
            heapq.heappush(pq, (nd, v))
print(sorted(dist.items()))
h = []
for i in range(50):
    heapq.heappush(h, (i * 37) % 101)
print(h[:10], [heapq.heappop(h) for _ in range(10)])
