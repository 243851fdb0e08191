from functools import lru_cache
@lru_cache(maxsize=None)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz)
print(best, collatz(best), collatz.cache_info().hits > 0)
@lru_cache(maxsize=3)
def ident(x):
    return x
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    ident(x)
print(ident.cache_info())
@lru_cache
def pair(a, b):
    return (a, b)
print(pair(1, 2), pair(b=2, a=1), pair(1, b=2), pair.cache_info())
