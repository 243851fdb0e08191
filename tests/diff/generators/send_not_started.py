def gen():
    x = yield 1
    print("got", x)
    yield 2

g = gen()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
print(g.send("hi"))
g2 = gen()
print(next(g2))
