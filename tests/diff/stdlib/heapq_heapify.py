import heapq
for data in [[9, 8, 7, 6, 5, 4, 3, 2, 1], [3, 1, 2], [], [1], list(range(20, 0, -3)), [5, 5, 1, 5, 1]]:
    heapq.heapify(data)
    print(data)
d = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapq.heapify(d)
print(d, [heapq.heappop(d) for _ in range(4)])
heapq.heapify((1, 2))
