import itertools, operator
print(list(itertools.accumulate([1, 2, 3], initial=100)), list(itertools.accumulate([], initial=5)))
print(list(itertools.accumulate("abc")), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul, initial=None)))
for thunk in [lambda: list(itertools.accumulate(5)), lambda: list(itertools.accumulate([1, "a"])),
              lambda: itertools.accumulate(), lambda: list(itertools.accumulate([1, 2], 3)),
              lambda: itertools.accumulate([1], func=None, bogus=1)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
