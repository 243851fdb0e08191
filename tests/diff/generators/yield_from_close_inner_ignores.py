def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner ignoring exit")
        yield 2
def outer():
    yield from inner()
g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
