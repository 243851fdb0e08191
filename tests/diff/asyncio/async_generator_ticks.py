import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    total = 0
    async for v in ticker(5):
        print("tick", v)
        total += v
    print("total", total)
    print([x async for x in ticker(3)])

asyncio.run(main())
