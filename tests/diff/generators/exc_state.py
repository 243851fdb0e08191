import sys

def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()

g = gen()
print(repr(next(g)))
print(repr(sys.exception()))
try:
    raise KeyError("outer")
except KeyError:
    print(repr(next(g)))
    print(repr(sys.exception()))
print(repr(next(g)))

def gen2():
    yield sys.exception()
try:
    raise TypeError("caller")
except TypeError:
    print(repr(next(gen2())))
