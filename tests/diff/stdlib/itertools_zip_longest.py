import itertools as it
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1, 2])))
print(list(it.zip_longest([1], [2, 3], [4, 5, 6])), list(it.zip_longest([], [])))
print(list(it.zip_longest(range(3), 'ab', fillvalue=None)))
it.zip_longest([1], x=1)
