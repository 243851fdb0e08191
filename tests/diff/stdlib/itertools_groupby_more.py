import itertools
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4), ("c", 5), ("c", 6)]
print([(k, [v for _, v in g]) for k, g in itertools.groupby(data, key=lambda t: t[0])])
print([(k, len(list(g))) for k, g in itertools.groupby("aaabbbcccaa")])
print([k for k, _ in itertools.groupby([1, 1.0, True, 2, 2.0])])
groups = list(itertools.groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
words = sorted("apple avocado banana blueberry cherry".split(), key=len)
print({k: list(g) for k, g in itertools.groupby(words, len)})
try:
    list(itertools.groupby(5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(itertools.groupby([1, 2], key=3))
except TypeError as e:
    print(type(e).__name__, e)
print([(k, list(g)) for k, g in itertools.groupby([], key=abs)])
