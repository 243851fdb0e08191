def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
    yield 3

g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
