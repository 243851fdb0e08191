import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    t1 = asyncio.create_task(sem.acquire())
    t2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    sem.release()
    await asyncio.sleep(0)
    print(t1.cancelled(), t2.done(), sem.locked())
    sem.release()
    print(sem.locked())

asyncio.run(main())
