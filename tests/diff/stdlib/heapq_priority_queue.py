import heapq
pq = []
tasks = [(3, 'write'), (1, 'plan'), (4, 'test'), (2, 'code'), (1, 'coffee'), (5, 'ship')]
for i, (p, name) in enumerate(tasks):
    heapq.heappush(pq, (p, i, name))
print(pq)
print([heapq.heappop(pq)[2] for _ in range(3)], pq)
print(heapq.heappushpop(pq, (0, 99, 'urgent')), heapq.heapreplace(pq, (9, 100, 'late')), pq)
