import heapq
h = [1, 3, 5, 7, 9, 11]
print(heapq.heapreplace(h, 6), h)
print(heapq.heappushpop(h, 0), h)
print(heapq.heappushpop(h, 8), h)
print(heapq.heappushpop([], 4))
print(heapq.heapreplace(h, 100), h)
heapq.heapreplace([], 1)
