import bisect
data = [('a', 1), ('b', 3), ('c', 5), ('d', 5), ('e', 8)]
k = lambda p: p[1]
print(bisect.bisect_left(data, 5, key=k), bisect.bisect_right(data, 5, key=k), bisect.bisect(data, 0, key=k))
bisect.insort(data, ('x', 5), key=k)
bisect.insort_left(data, ('y', 5), key=k)
print(data)
print(bisect.bisect([1, 2, 3], 2, key=lambda x: -x))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
