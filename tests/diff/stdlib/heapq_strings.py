import heapq
h = []
for w in 'the quick brown fox jumps over the lazy dog'.split():
    heapq.heappush(h, w)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
h2 = list('heapsort')
heapq.heapify(h2)
print(h2, ''.join([heapq.heappop(h2) for _ in range(len(h2))]))
