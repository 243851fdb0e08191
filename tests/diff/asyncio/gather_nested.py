import asyncio

async def leaf(name):
    print("leaf", name)
    await asyncio.sleep(0)
    return name.upper()

async def branch(prefix):
    return await asyncio.gather(leaf(prefix + "1"), leaf(prefix + "2"))

async def main():
    print(await asyncio.gather(branch("a"), branch("b")))

asyncio.run(main())
