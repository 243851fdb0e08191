import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    ti = asyncio.create_task(inner())
    to = asyncio.create_task(outer(ti))
    await asyncio.sleep(0)
    to.cancel()
    await asyncio.gather(to, return_exceptions=True)
    await asyncio.sleep(0)
    print(to.cancelled(), ti.cancelled(), ti.done())
    ti.cancel()
    await asyncio.gather(ti, return_exceptions=True)
    print(ti.cancelled())

asyncio.run(main())
