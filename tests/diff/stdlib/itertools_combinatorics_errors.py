import itertools
for f in [itertools.combinations, itertools.permutations, itertools.combinations_with_replacement]:
    for args in [("abc", -1), ("abc", "x"), (5, 2), ("abc",)]:
        try:
            print(f.__name__, list(f(*args)))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(list(itertools.combinations("abc", 4)), list(itertools.permutations("ab", 3)), list(itertools.combinations_with_replacement("", 2)))
print(list(itertools.combinations_with_replacement("ab", 0)), list(itertools.permutations([])), list(itertools.combinations(range(4), 0)))
print(len(list(itertools.permutations(range(6)))), len(list(itertools.combinations(range(10), 4))), len(list(itertools.combinations_with_replacement(range(5), 3))))
