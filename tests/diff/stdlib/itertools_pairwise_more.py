import itertools as it
print([b - a for a, b in it.pairwise([1, 4, 9, 16, 25])], list(it.pairwise('ab')), list(it.pairwise(iter('abc'))))
p = it.pairwise(range(3))
print(next(p), next(p), list(p), list(p))
print(list(it.pairwise(it.pairwise(range(4)))))
