# Values yielded by the innermost awaitable come out of the outer send();
# values sent in go back to it.
import types

@types.coroutine
def request(tag):
    reply = yield ("req", tag)
    return reply

async def leaf(n):
    a = await request(n)
    b = await request(n * 10)
    return a + b

async def middle():
    x = await leaf(1)
    y = await leaf(2)
    return x * y

async def top():
    return await middle() + 1

c = top()
v = c.send(None)
n = 0
try:
    while True:
        print("yielded", v)
        n += 1
        v = c.send(n)
except StopIteration as e:
    print("done", e.value)
