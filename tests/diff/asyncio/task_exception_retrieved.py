import asyncio

async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(n)

async def main():
    tasks = [asyncio.create_task(bad(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    for t in tasks:
        print(t.done(), repr(t.exception()))

asyncio.run(main())
