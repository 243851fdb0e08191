import asyncio

async def ok(n):
    await asyncio.sleep(0)
    return n

async def bad(msg):
    raise ValueError(msg)

async def main():
    res = await asyncio.gather(ok(1), bad("x"), ok(3), bad("y"), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)

asyncio.run(main())
