import itertools as it
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 0)), list(it.combinations('ab', 3)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement('ab', 3)), len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(5), 3))))
print(list(it.combinations(iterable=[1, 2, 3], r=2)))
try:
    it.combinations([1], -1)
except ValueError as e:
    print(e)
it.combinations([1])
