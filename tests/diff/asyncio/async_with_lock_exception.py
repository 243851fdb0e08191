import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            print("held", lock.locked())
            raise ValueError("inside lock")
    except ValueError as e:
        print(type(e).__name__, e, "released:", not lock.locked())
    sem = asyncio.Semaphore(1)
    async with sem as s:
        print("sem value is None:", s is None, sem.locked())
    print(sem.locked())

asyncio.run(main())
