def gen():
    yield 1
    yield 2

g = gen()
print(g.gi_running, g.gi_frame is None, g.gi_suspended)
next(g)
print(g.gi_running, g.gi_frame is None, g.gi_suspended)
list(g)
print(g.gi_running, g.gi_frame is None, g.gi_suspended)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 5
except TypeError as e:
    print(e)
print(iter(g) is g)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(g.gi_yieldfrom)
def outer():
    yield from gen()
o = outer()
next(o)
print(o.gi_yieldfrom.__name__)
