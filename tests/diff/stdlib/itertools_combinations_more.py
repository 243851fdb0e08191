import itertools as it
print(list(it.combinations(range(5), 5)), list(it.combinations(range(5), 1)), list(it.combinations('abcd', 3)))
print(list(it.combinations_with_replacement('ab', 1)), list(it.combinations_with_replacement(range(3), 3))[:5])
print([sum(c) for c in it.combinations(range(6), 2)])
print(len(list(it.combinations(range(20), 10))), len(list(it.combinations_with_replacement(range(10), 4))))
it.combinations_with_replacement('ab', -1)
