import asyncio

async def noop():
    return asyncio.current_task().get_name()

async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(noop(), name="custom")
    print(t.get_name())
    t.set_name(123)
    print(repr(t.get_name()))
    print(await t)
    t2 = asyncio.create_task(noop())
    print(await t2)
    t3 = asyncio.get_running_loop().create_task(noop(), name="viaLoop")
    print(await t3)

asyncio.run(main())
