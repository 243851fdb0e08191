# An async generator expression is an async generator.
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

async def sq(x):
    await tick()
    return x * x

async def main():
    ge = (x + 1 async for x in agen(3))
    print(type(ge).__name__)
    out = [v async for v in ge]
    ge2 = (await sq(x) for x in range(4))
    print(type(ge2).__name__)
    out2 = [v async for v in ge2]
    return out, out2

print(run(main()))
