import itertools as it
print(list(it.islice(it.count(0.1, 0.1), 12)))
print(list(it.islice(it.count(1, 0.5), 5)), list(it.islice(it.count(10 ** 20, 10 ** 19), 3)))
print(list(it.islice(it.count(1j, 1j), 3)), list(it.islice(it.count(-3), 5)))
c = it.count(2 ** 47 - 3, 2)
print([next(c) for _ in range(4)], c)
