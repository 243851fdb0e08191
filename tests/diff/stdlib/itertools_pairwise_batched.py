import itertools as it
print(list(it.pairwise('ABCDE')), list(it.pairwise([1])), list(it.pairwise([])), list(it.pairwise(range(4))))
print(list(it.batched('ABCDEFG', 3)), list(it.batched([], 2)), list(it.batched(range(4), 2)), list(it.batched('ab', 5)))
print(list(it.batched(range(5), n=1)))
try:
    it.batched([1], 0)
except ValueError as e:
    print(e)
it.batched([1])
