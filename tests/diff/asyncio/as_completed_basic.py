import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    for aw in asyncio.as_completed(tasks):
        print("completed", await aw)

asyncio.run(main())
