import asyncio

async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("get cancelled")
    q.put_nowait("item")
    print(await q.get())
    try:
        async with asyncio.timeout(0.01):
            await q.get()
    except TimeoutError:
        print("get timed out", q.empty())

asyncio.run(main())
