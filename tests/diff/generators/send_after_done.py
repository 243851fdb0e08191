def gen():
    yield 1

g = gen()
next(g)
try:
    g.send(2)
except StopIteration as e:
    print("first", e.args)
try:
    g.send(3)
except StopIteration as e:
    print("second", e.args)
print(g.close())
