import asyncio

async def take(sem, name, order):
    await sem.acquire()
    order.append(name)

async def main():
    sem = asyncio.Semaphore(0)
    order = []
    tasks = [asyncio.create_task(take(sem, n, order)) for n in "pqrs"]
    await asyncio.sleep(0)
    print(sem.locked())
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print(order)
    sem.release()
    sem.release()
    await asyncio.gather(*tasks)
    print(order)

asyncio.run(main())
