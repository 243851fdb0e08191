import asyncio

async def step(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return n

async def main():
    r = await asyncio.gather(step("A", 2), step("B", 3), step("C", 1))
    print(r)

asyncio.run(main())
