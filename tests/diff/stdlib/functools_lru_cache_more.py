import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(4), sq.cache_info().currsize)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(typed=True)
def t(x):
    calls.append(type(x).__name__)
    return x
calls.clear()
t(1); t(1.0); t(True); t(1)
print(calls, t.cache_parameters())
@functools.lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
@functools.cache
def kw(a, b=2):
    calls.append((a, b))
    return a + b
calls.clear()
print(kw(1), kw(1, b=2), kw(1, 2), kw(a=1), calls)
try:
    kw([1])
except TypeError as e:
    print(type(e).__name__, e)
print(sq.__name__, fib.__wrapped__(10) if hasattr(fib, "__wrapped__") else None)
