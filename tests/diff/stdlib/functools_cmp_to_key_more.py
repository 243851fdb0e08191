import functools
def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_rev(a, b):
    return cmp(len(a), len(b)) or cmp(b, a)
words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_rev)))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), max([3, 1, 2], key=K), min("bca", key=K))
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    K(1) < 2
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=functools.cmp_to_key(lambda x, y: cmp(x[0], y[0]))))
