import heapq
data = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e'), (0, 'f')]
print(heapq.nsmallest(3, data, key=lambda p: p[0]), heapq.nlargest(3, data, key=lambda p: p[0]))
print(heapq.nsmallest(2, [3.5, 1, 2.25, True]), heapq.nlargest(2, ['b', 'A', 'c']), heapq.nsmallest(0, [1]))
print(heapq.nlargest(3, range(10)), heapq.nsmallest(3, range(10), key=lambda x: (x % 3, x)))
print(heapq.nlargest(n=2, iterable=[5, 9, 1]), heapq.nsmallest(2, iterable=[5, 9, 1], key=None))
heapq.nsmallest(2, [1, 'a', 3])
