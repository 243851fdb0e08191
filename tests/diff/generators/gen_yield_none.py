def g():
    yield
    x = yield
    print("x is", x)
    yield None
print(list(g()))
it = g()
print(next(it), next(it), it.send("val"))
