# async with inside an async generator, closed early.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class CM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)

async def gen():
    async with CM():
        yield 1
        yield 2

async def main():
    g = gen()
    print(await g.__anext__())
    await g.aclose()
    async for v in gen():
        print("v", v)

run(main())
