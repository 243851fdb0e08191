import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print(type(e).__name__, e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print(s.locked())
    await s.acquire(); await s.acquire(); await s.acquire()
    print(s.locked())

asyncio.run(main())
