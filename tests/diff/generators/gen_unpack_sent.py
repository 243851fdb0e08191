def g():
    a, b = yield "first"
    print(a, b)
    *rest, last = yield "second"
    print(rest, last)
    yield "done"
it = g()
print(next(it))
print(it.send((1, 2)))
print(it.send([1, 2, 3, 4]))
