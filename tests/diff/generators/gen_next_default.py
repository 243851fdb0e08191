def g():
    yield 1
    return "r"
it = g()
print(next(it, "d"), next(it, "d"), next(it, "d"))
def bad():
    yield 1
    raise StopIteration
it = bad()
next(it)
try:
    next(it, "default")
except RuntimeError as e:
    print("RuntimeError", e)
