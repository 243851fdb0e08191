import asyncio

async def leaf(name, d):
    await asyncio.sleep(d)
    print("leaf", name)
    return name

async def group(prefix):
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(leaf(prefix + "a", 0.01))
        b = tg.create_task(leaf(prefix + "b", 0.02))
    return [a.result(), b.result()]

async def main():
    async with asyncio.TaskGroup() as tg:
        x = tg.create_task(group("x"))
        y = tg.create_task(group("y"))
    print(x.result(), y.result())

asyncio.run(main())
