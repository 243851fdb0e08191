import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def body():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("body cancelled", t.cancelled())

asyncio.run(main())
