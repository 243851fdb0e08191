def g():
    yield from (x * 2 for x in range(3))
    r = yield from (y for y in [])
    print("r", r)
print(list(g()))
