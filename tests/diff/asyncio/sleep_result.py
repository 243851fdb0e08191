import asyncio

async def main():
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    print(await asyncio.sleep(-1, "neg"))
    print(await asyncio.sleep(0))

asyncio.run(main())
