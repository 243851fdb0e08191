import asyncio

async def worker(name, lock, shared):
    async with lock:
        v = shared[0]
        await asyncio.sleep(0)
        shared[0] = v + 1
        print(name, "updated", shared[0])

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    shared = [0]
    await asyncio.gather(*(worker(f"w{i}", lock, shared) for i in range(4)))
    print(shared[0], lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
