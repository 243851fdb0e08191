import asyncio

async def sleeper(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    t1 = asyncio.create_task(sleeper(1))
    t2 = asyncio.create_task(sleeper(2))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel("stop it")
    res = await g
    print(type(res[0]).__name__, res[0], res[1])
    t3 = asyncio.create_task(sleeper(1))
    g2 = asyncio.gather(t3)
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("g2 cancelled error")

asyncio.run(main())
