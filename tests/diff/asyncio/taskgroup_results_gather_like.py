import asyncio

async def fetch(i):
    await asyncio.sleep(0.001 * (5 - i))
    return i * i

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i)) for i in range(5)]
    print([t.result() for t in tasks])
    print(all(t.done() for t in tasks))

asyncio.run(main())
