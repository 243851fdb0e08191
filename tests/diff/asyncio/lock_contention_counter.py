import asyncio

counter = 0

async def incr(lock, n):
    global counter
    for _ in range(n):
        async with lock:
            tmp = counter
            await asyncio.sleep(0)
            counter = tmp + 1

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(incr(lock, 20) for _ in range(5)))
    print(counter)

asyncio.run(main())
