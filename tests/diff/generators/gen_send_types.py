def g():
    while True:
        v = yield
        print(type(v).__name__, v)
it = g()
next(it)
for v in [1, 2.5, "s", [1], (2,), {"k": 1}, None, True, 10**30]:
    it.send(v)
