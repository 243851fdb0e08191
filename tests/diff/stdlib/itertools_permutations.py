import itertools as it
print(list(it.permutations('ABC')), list(it.permutations('ABCD', 2)), list(it.permutations(range(3), 0)))
print(list(it.permutations([], 0)), list(it.permutations([])), list(it.permutations('ab', 3)), list(it.permutations([1, 1])))
print(len(list(it.permutations(range(6)))), list(it.permutations(range(4)))[10:13])
print(list(it.permutations('abc', r=None))[:2])
for r in [-1, 'a']:
    try:
        it.permutations([1], r)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
it.permutations()
