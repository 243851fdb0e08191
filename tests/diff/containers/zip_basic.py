def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3])), list(zip("abc", range(3), (True, False, None))))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
attempt(lambda: list(zip([1], [1, 2], strict=True)))
attempt(lambda: list(zip([1, 2], [1], strict=True)))
attempt(lambda: list(zip([1, 2], [1, 2], [3], strict=True)))
attempt(lambda: list(zip([1], [1], [3, 4], strict=True)))
attempt(lambda: list(zip([1, 2], [1], [3, 4], strict=True)))
attempt(lambda: list(zip([1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2], strict=True)))
attempt(lambda: zip(1))
attempt(lambda: zip([1], foo=1))
attempt(lambda: zip([1], strict=True, foo=1))
print(list(zip([1, 2], [3], strict=False)))
z = zip("ab", "cd")
print(next(z), list(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
partial = []
try:
    for pair in zip([1, 2, 3], "ab", strict=True):
        partial.append(pair)
except ValueError as e:
    print("ValueError", e)
print(partial)
