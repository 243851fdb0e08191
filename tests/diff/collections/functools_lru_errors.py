from functools import lru_cache, cache
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: lru_cache('a'))
t(lambda: lru_cache(1.5))
@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1); print(neg.cache_info())
@cache
def c(x):
    return [x]
t(lambda: c([1]))
print(c(1) is c(1), c.cache_info())
@cache
def boom(x):
    raise ValueError(x)
t(lambda: boom(3))
t(lambda: boom(3))
print(boom.cache_info())
