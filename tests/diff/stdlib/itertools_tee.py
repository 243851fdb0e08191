import itertools as it
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
a, b, c = it.tee(iter('abcd'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(it.tee([1], 0), len(it.tee('xy', 5)))
x, y = it.tee(it.count())
print([next(x) for _ in range(5)], [next(y) for _ in range(3)])
x1, x2 = it.tee(x)
print(next(x1), next(x2), next(x))
try:
    it.tee([1], -1)
except ValueError as e:
    print(e)
it.tee(1)
