import asyncio

async def node(depth, label):
    if depth == 0:
        await asyncio.sleep(0)
        return 1
    left = asyncio.create_task(node(depth - 1, label + "L"))
    right = asyncio.create_task(node(depth - 1, label + "R"))
    return await left + await right

async def main():
    print(await node(5, ""))
    print(len(asyncio.all_tasks()))

asyncio.run(main())
