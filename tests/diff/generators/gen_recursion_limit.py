def deep(n):
    if n == 0:
        yield 0
        return
    yield from deep(n - 1)
print(list(deep(100)))
try:
    print(list(deep(2000)))
except RecursionError as e:
    print("RecursionError", e)
print(list(deep(50)))
