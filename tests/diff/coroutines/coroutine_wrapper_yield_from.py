# A plain generator can drive a coroutine through its __await__ iterator.
import types

@types.coroutine
def pause(x):
    got = yield x
    return got

async def work():
    a = await pause("p1")
    b = await pause("p2")
    return a + b

def driver():
    r = yield from work().__await__()
    return r * 2

g = driver()
print(next(g))
print(g.send(10))
try:
    g.send(5)
except StopIteration as e:
    print("result", e.value)
