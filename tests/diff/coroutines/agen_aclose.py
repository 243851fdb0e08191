# aclose() runs finally blocks; closing twice or after the end is fine.
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

async def gen():
    try:
        yield 1
        yield 2
    finally:
        await tick()
        print("cleanup")

async def main():
    g = gen()
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed gen stops")
    h = gen()
    print(await h.aclose())
    k = gen()
    async for v in k:
        pass
    print(await k.aclose())

run(main())
