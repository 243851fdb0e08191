def g():
    yield "a"
    return "ret"
it = g()
print(it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("value", e.value)
print(it.__iter__() is it)
print(type(it).__name__)
