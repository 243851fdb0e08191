import itertools as it
print(list(it.chain()), list(it.chain([1, 2], 'ab', (3,), range(2))), list(it.chain([], [])))
print(list(it.chain.from_iterable(['ab', [1, 2], ()])), list(it.chain.from_iterable([])))
c = it.chain([1], [2])
print(next(c), next(c), list(c), list(c))
print(type(c).__name__, it.chain)
try:
    it.chain(x=1)
except TypeError as e:
    print(e)
list(it.chain([1], 5))
