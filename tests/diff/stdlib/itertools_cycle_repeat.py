import itertools as it
print(list(it.islice(it.cycle('abc'), 8)), list(it.cycle([])))
print(list(it.repeat('x', 3)), list(it.repeat(1, 0)), list(it.repeat(1, -5)), list(it.islice(it.repeat(7), 3)))
print(it.repeat(1, 3), it.repeat('a'), it.repeat(1, -1), it.repeat(1, times=2))
r = it.repeat(5, 2)
print(next(r), r, next(r), r)
print(list(map(pow, range(5), it.repeat(2))))
import operator
print(operator.length_hint(it.repeat(1, 4)))
it.repeat()
