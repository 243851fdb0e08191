import heapq
lists = [[i * 10 + j for j in range(0, 10, 3)] for i in range(5)]
print(list(heapq.merge(*lists)))
print(list(heapq.merge([1, 1, 1], [1, 1], key=lambda x: x)), list(heapq.merge('ace', 'bdf')))
print(list(heapq.merge([3, 2, 1], [5, 0], reverse=True)), list(heapq.merge([], [], [])))
print(list(heapq.merge(range(3), range(2), range(4), key=lambda x: -x, reverse=True)))
list(heapq.merge([1], ['a']))
