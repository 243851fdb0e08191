# Async comprehensions: list/set/dict with async for, await inside, nesting.
import types

@types.coroutine
def tick():
    yield "tick"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        await tick()
        yield i

async def double(x):
    await tick()
    return x * 2

async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(5)}
    c = {x: await double(x) async for x in agen(3)}
    d = [await double(x) for x in range(3)]
    e = [x async for x in agen(6) if x % 2 if x > 1]
    f = [(x, y) async for x in agen(3) for y in range(x)]
    g = [(x, y) for x in range(2) async for y in agen(2)]
    return a, sorted(b), c, d, e, f, g

print(run(main()))
