import asyncio

async def noop():
    pass

async def main():
    names = []
    for n in ("a", None, "b", None):
        t = asyncio.create_task(noop(), name=n)
        names.append(t.get_name())
    names.append(asyncio.ensure_future(noop()).get_name())
    await asyncio.sleep(0)
    print(names)

asyncio.run(main())
asyncio.run(main())
