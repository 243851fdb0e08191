def g(flag):
    if flag:
        x = 1
    yield 0
    yield x
it = g(False)
print(next(it))
try:
    next(it)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(list(g(True)))
