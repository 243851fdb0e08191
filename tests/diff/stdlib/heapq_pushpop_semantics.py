import heapq
h = [1, 3, 5]
print(heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 4), h)
print(heapq.heapreplace(h, 0), h, heapq.heapreplace(h, 10), h)
h = []
for x in [5, 7, 9, 1, 3]:
    heapq.heappush(h, x)
print(h, [h[i] <= h[2 * i + 1] for i in range(len(h) // 2)])
heapq.heapify(h)
print(heapq.nsmallest(3, h), heapq.nlargest(3, h), heapq.nsmallest(2, h, key=lambda v: -v))
pairs = [(2, "b"), (1, "z"), (1, "a")]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(3)])
print(heapq.nlargest(2, [1, 1, 1]), heapq.nsmallest(5, range(3)), heapq.nlargest(1, iter([3, 8, 2])))
