import itertools
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])), list(itertools.pairwise([])))
print(list(itertools.batched(range(7), 3)), list(itertools.batched("ab", 5)), list(itertools.batched([], 2)))
for thunk in [lambda: itertools.batched([1], 0), lambda: itertools.batched([1], -1), lambda: itertools.batched(1, 2), lambda: itertools.pairwise(5),
              lambda: itertools.batched([1]), lambda: itertools.pairwise()]:
    try:
        print(list(thunk()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([sum(b) for b in itertools.batched(range(10), 4)], [a * b for a, b in itertools.pairwise(range(1, 6))])
