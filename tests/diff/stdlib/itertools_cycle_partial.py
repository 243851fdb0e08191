import itertools as it
src = iter([1, 2, 3])
c = it.cycle(src)
print(next(c), next(c))
print(list(src))
print([next(c) for _ in range(6)])
c2 = it.cycle('ab')
print(''.join([next(c2) for _ in range(7)]))
