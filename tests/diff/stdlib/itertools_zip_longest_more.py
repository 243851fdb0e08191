import itertools as it
print(list(it.zip_longest('ab', 'cde', 'f', fillvalue=0)), list(it.zip_longest(range(2), fillvalue='x')))
z = it.zip_longest([1, 2, 3], iter([4]))
print(next(z), next(z), list(z), list(z))
print(dict(it.zip_longest('abc', [1])), list(it.zip_longest([], [1, 2], fillvalue=[])))
