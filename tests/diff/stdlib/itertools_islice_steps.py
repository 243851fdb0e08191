import itertools as it
print(list(it.islice(range(100), 0, 100, 17)), list(it.islice(range(100), 95, None, 3)), list(it.islice('abc', 0, None, 10)))
print(list(it.islice(range(10), 3, 3)), list(it.islice(range(10), None, None, None)), list(it.islice(range(10), 2, 9, None)))
it2 = iter(range(20))
print(list(it.islice(it2, 2, 8, 3)), next(it2))
print(list(it.islice(it.count(), 10 ** 6, 10 ** 6 + 3)))
print(list(it.islice(range(5), 10 ** 30)))
