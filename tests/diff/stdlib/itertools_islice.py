import itertools as it
s = 'ABCDEFG'
print(list(it.islice(s, 2)), list(it.islice(s, 2, 4)), list(it.islice(s, 2, None)), list(it.islice(s, 0, None, 2)))
print(list(it.islice(s, None)), list(it.islice(s, 1, 6, 2)), list(it.islice(s, 10)), list(it.islice(s, 5, 3)))
print(list(it.islice(it.count(), 3, 20, 5)), list(it.islice([], 3)), list(it.islice(s, None, 3)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
for args in [(-1,), (1, -1), (1, 2, 0), ('a',), (0, 5, -1)]:
    try:
        it.islice(s, *args)
    except ValueError as e:
        print(e)
it.islice(s, 1, 2, 3, 4)
