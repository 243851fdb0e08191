def g():
    yield
    return (1, 2)
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def g2():
    yield
    return None
it = g2()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def g3():
    yield
    return ValueError("v")
it = g3()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value))
