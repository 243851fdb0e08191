def gen():
    yield next(g)

g = gen()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)

def gen2():
    g2.send(None)
    yield
g2 = gen2()
try:
    next(g2)
except ValueError as e:
    print(e)

def gen3():
    yield g3.gi_running
g3 = gen3()
print(g3.gi_running, next(g3), g3.gi_running)
