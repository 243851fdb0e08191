import itertools as it
c = it.count()
print(next(c), next(c), next(c), c)
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(2.5, 0.5), 3)), list(it.islice(it.count(5, -2), 4)))
print(it.count(0, 1.0), it.count(1.5), it.count(2, 1), it.count(2, -1), it.count(2**70), it.count(start=3, step=2))
print(it.count(True), it.count(0, True), it.count(1+2j))
c = it.count(2**47 - 2)
print(next(c), next(c), next(c), next(c))
it.count('a')
