import itertools as it
print(list(it.batched('abcdefgh', 3)), list(it.batched(range(6), 6)), list(it.batched(range(7), 10)))
b = it.batched(iter(range(5)), 2)
print(next(b), next(b), next(b), list(b))
print([''.join(x) for x in it.batched('hello world', 4)], type(next(it.batched([1], 1))).__name__)
it.batched([1], 'a')
