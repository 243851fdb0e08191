import itertools as it
for f in [lambda: it.count(1, 'a'), lambda: it.count(x=1), lambda: it.repeat(1, 'a'), lambda: it.cycle(),
          lambda: it.cycle(1), lambda: it.pairwise(1), lambda: it.dropwhile(len), lambda: it.filterfalse(None),
          lambda: it.starmap(len), lambda: it.groupby([1], 1, 2), lambda: it.accumulate([1], x=1),
          lambda: len(it.count()), lambda: it.count(1)(2), lambda: next(it.repeat(1, 0)),
          lambda: list(it.chain.from_iterable([1])), lambda: it.islice([]), lambda: it.compress()]:
    try:
        f()
    except (TypeError, ValueError, StopIteration) as e:
        print(type(e).__name__, e)
next(it.islice([], 1))
