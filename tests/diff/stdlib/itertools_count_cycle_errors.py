import itertools
c = itertools.count(5, -2)
print([next(c) for _ in range(4)], repr(c))
print(repr(itertools.count()), repr(itertools.count(1.5)), repr(itertools.count(0, 0.5)), repr(itertools.count(10 ** 20, 3)))
c2 = itertools.count(1, 1j)
print([next(c2) for _ in range(3)])
for thunk in [lambda: itertools.count("a"), lambda: itertools.count(1, "b"), lambda: itertools.cycle(), lambda: itertools.cycle(3)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
cy = itertools.cycle("ab")
print([next(cy) for _ in range(5)], list(itertools.cycle([])))
print(list(itertools.islice(itertools.cycle(range(3)), 7)))
