def g():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"
it = g()
print(next(it))
try:
    it.throw(ValueError)
except StopIteration as e:
    print("swallowed", e.value)
it = g()
next(it)
print(it.close())
