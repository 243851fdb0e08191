import asyncio

async def user(lock, name, order):
    await lock.acquire()
    try:
        order.append(name)
        await asyncio.sleep(0)
    finally:
        lock.release()

async def main():
    lock = asyncio.Lock()
    order = []
    await lock.acquire()
    tasks = [asyncio.create_task(user(lock, n, order)) for n in "abcd"]
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*tasks)
    print(order)

asyncio.run(main())
