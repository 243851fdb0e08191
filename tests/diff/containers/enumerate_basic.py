def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)))
print(list(enumerate([], 3)), list(enumerate(range(3), 10 ** 20)))
print(list(enumerate("ab", start=True)), list(enumerate(iterable="xy")))
for i, ch in enumerate("hey"):
    print(i, ch)
e = enumerate([10, 20])
print(next(e), next(e), next(e, None))
print(dict(enumerate("ab")), [i * v for i, v in enumerate([3, 4, 5])])
attempt(lambda: enumerate())
attempt(lambda: enumerate(1))
attempt(lambda: enumerate([], "a"))
attempt(lambda: enumerate([], 1.5))
attempt(lambda: enumerate([], 1, 2))
attempt(lambda: enumerate([], foo=1))
nested = list(enumerate(enumerate("xy")))
print(nested)
