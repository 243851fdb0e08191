import itertools
print(list(itertools.chain()), list(itertools.chain("ab", [], (1,), range(2))), list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(itertools.chain.from_iterable([]) ), list(itertools.chain.from_iterable(map(range, [1, 2, 3]))))
c = itertools.chain([1, 2], [3])
print(next(c), list(c), list(c))
for thunk in [lambda: list(itertools.chain(1, 2)), lambda: list(itertools.chain.from_iterable([1])), lambda: itertools.chain(a=1),
              lambda: list(itertools.chain.from_iterable(5))]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
lazy = itertools.chain([1], (1 / x for x in [1, 0]))
print(next(lazy), next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
