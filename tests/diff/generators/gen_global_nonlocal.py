counter = 0
def g():
    global counter
    while counter < 3:
        counter += 1
        yield counter
print(list(g()), counter)
def outer():
    n = 0
    def gen():
        nonlocal n
        for _ in range(3):
            n += 10
            yield n
    return gen, lambda: n
gen, get = outer()
it = gen()
print(next(it), get(), next(it), get())
