def inner():
    yield 1
    yield 2
    return "inner-result"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3

print(list(outer()))

def chain(*its):
    for it in its:
        yield from it

print(list(chain([1, 2], (3,), "ab", range(2))))
