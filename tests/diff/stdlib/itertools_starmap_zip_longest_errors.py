import itertools
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.zip_longest()), list(itertools.zip_longest([1])))
for thunk in [lambda: list(itertools.starmap(pow, [1])), lambda: list(itertools.starmap(pow, [(1,)])), lambda: itertools.zip_longest([1], bogus=1),
              lambda: list(itertools.zip_longest(1)), lambda: itertools.starmap(pow)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
