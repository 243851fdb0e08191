import itertools
for args in [(range(10), -1), (range(10), 1, -2), (range(10), 0, 5, 0), (range(10), "a"), (range(10), 1, 2, 3, 4), (5, 2)]:
    try:
        print(list(itertools.islice(*args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(itertools.islice(range(10), None)), list(itertools.islice(range(10), 2, None)), list(itertools.islice(range(10), None, None, 3)))
print(list(itertools.islice(range(10), 3, 3)), list(itertools.islice(range(10), 8, 100)), list(itertools.islice("abcdefg", 1, 6, 2)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it), list(itertools.islice(it, 0)), next(it))
class I:
    def __index__(self):
        return 2
print(list(itertools.islice("abcdef", I(), None)))
