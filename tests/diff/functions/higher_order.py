def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapped
@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90))
funcs = {"double": lambda x: 2 * x, "neg": lambda x: -x}
print({name: fn(21) for name, fn in funcs.items()})
print(sorted(["banana", "Apple", "cherry"], key=str.lower), list(map(str.upper, ["a", "b"])))
