import itertools as it
r = it.repeat([1, 2])
a, b = next(r), next(r)
print(a is b, a)
print(list(it.repeat(None, 3)), list(zip('abc', it.repeat(0))), list(it.repeat('z', times=0)))
print(repr(it.repeat(2.5, 2)), repr(it.repeat('x', 10 ** 3)), repr(it.repeat([], 0)))
it.repeat(1, 2, 3)
