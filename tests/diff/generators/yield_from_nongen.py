def g1():
    yield from [1, 2, 3]
    yield from "xy"
    yield from {"a": 1, "b": 2}
    yield from range(3, 0, -1)
    r = yield from iter(())
    print("r", r)
print(list(g1()))

def g2():
    try:
        yield from 5
    except TypeError as e:
        print("TypeError:", e)
    yield 0
print(list(g2()))

def g3():
    yield from [1, 2]
g = g3()
next(g)
try:
    g.send(3)
except AttributeError as e:
    print("AttributeError:", e)
