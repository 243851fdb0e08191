import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async with cond2:
        print(lock.locked(), cond2.locked())
    print(lock.locked())
    async with cond:
        try:
            async with asyncio.timeout(0.01):
                await cond.wait()
        except TimeoutError:
            print("wait timed out, lock held again:", cond.locked())

asyncio.run(main())
