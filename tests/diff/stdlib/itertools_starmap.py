import itertools as it
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(max, [[1, 5, 2], 'abc'])))
print(list(it.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
list(it.starmap(len, [1]))
