import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled", n)
        raise

async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", type(e).__name__)
    print(g.cancelled(), g.cancel())

asyncio.run(main())
