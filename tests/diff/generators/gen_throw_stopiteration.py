def g():
    yield 1
    yield 2
it = g()
next(it)
try:
    it.throw(StopIteration("x"))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
except StopIteration:
    print("plain stop")
