def gen():
    yield 1
    return "val"
g = gen()
next(g)
next(g)
