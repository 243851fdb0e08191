import asyncio

async def ok(n):
    await asyncio.sleep(0.1 * n)
    print("ok finished", n)
    return n

async def bad():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def main():
    try:
        await asyncio.gather(ok(1), bad(), ok(2))
    except KeyError as e:
        print(type(e).__name__, e)
    await asyncio.sleep(0.4)
    print("others kept running")

asyncio.run(main())
