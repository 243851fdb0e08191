import asyncio

async def coro():
    return "coro"

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro())
    print(isinstance(t, asyncio.Task), await t)
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    f.cancel()
    t2 = asyncio.ensure_future(Awaitable())
    print(isinstance(t2, asyncio.Task), await t2)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(type(e).__name__, e)
    print(asyncio.isfuture(t), asyncio.isfuture(f), asyncio.isfuture(42))

asyncio.run(main())
