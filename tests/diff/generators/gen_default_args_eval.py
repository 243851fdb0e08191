calls = []
def default():
    calls.append("default")
    return 5
def g(x=default()):
    calls.append("body")
    yield x
print(calls)
it = g()
print(calls)
print(next(it), calls)
