def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("finished after throw")
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("finished gen re-raises", e)
