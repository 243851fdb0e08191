def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    return "end"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"

g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stop")

def inner2():
    yield 1
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "o"
g = outer2()
next(g)
print(g.throw(KeyError("k")))
