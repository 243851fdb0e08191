import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    t1 = asyncio.create_task(lock.acquire())
    t2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t1.cancel()
    lock.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t1.cancelled(), t2.done(), lock.locked())
    lock.release()
    print(lock.locked())

asyncio.run(main())
