import heapq
h = [1, 5, 3, 9, 2]
heapq._heapify_max(h)
print(h, heapq._heappop_max(h), h, heapq._heapreplace_max(h, 4), h)
