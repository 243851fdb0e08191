from functools import lru_cache
calls = []
@lru_cache(maxsize=2)
def g(x):
    calls.append(x)
    return x * 2
print(g(1), g(2), g(1), g(3), g(2), g(1))
print(calls)
print(g.cache_info())
g.cache_clear(); print(g.cache_info(), g.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=None)
def sq(n):
    return n * n
print([sq(i % 4) for i in range(10)], sq.cache_info())
@lru_cache(maxsize=0)
def z(n):
    return n
z(1); z(1); print(z.cache_info())
@lru_cache(typed=True)
def ty(x):
    return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info())
@lru_cache()
def un(x):
    return type(x).__name__
print(un(1), un(1.0), un.cache_info())
@lru_cache
def kw(a, b=0, *, c=1):
    return a + b + c
print(kw(1), kw(1, 0), kw(1, b=0), kw(a=1), kw(1, c=1), kw.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)
