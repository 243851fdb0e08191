def g():
    yield
it = g()
try:
    it.send()
except TypeError as e:
    print(e)
try:
    it.send(1, 2)
except TypeError as e:
    print(e)
try:
    it.close(1)
except TypeError as e:
    print(e)
try:
    it.throw(1, 2, 3, 4)
except TypeError as e:
    print(e)
