import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name

async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 4))
    print("created")
    r1 = await t1
    print("got", r1)
    r2 = await t2
    print("got", r2)

asyncio.run(main())
