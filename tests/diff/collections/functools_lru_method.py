from functools import lru_cache, cache
class Calc:
    def __init__(self):
        self.n = 0
    @lru_cache(maxsize=None)
    def slow(self, x):
        self.n += 1
        return x * 3
c = Calc()
print(c.slow(2), c.slow(2), c.slow(3), c.n, Calc.slow.cache_info())
@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info().currsize)
