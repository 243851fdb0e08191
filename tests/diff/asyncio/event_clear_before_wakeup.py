import asyncio

async def waiter(ev):
    await ev.wait()
    print("waiter woke, is_set =", ev.is_set())

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await t
    try:
        async with asyncio.timeout(0.01):
            await ev.wait()
    except TimeoutError:
        print("wait timed out")

asyncio.run(main())
