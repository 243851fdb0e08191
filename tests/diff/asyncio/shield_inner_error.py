import asyncio

async def bad():
    await asyncio.sleep(0)
    raise OSError("disk")

async def main():
    try:
        await asyncio.shield(bad())
    except OSError as e:
        print(type(e).__name__, e)
    t = asyncio.create_task(asyncio.sleep(1))
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("outer cancelled because inner was")

asyncio.run(main())
