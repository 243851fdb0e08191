import asyncio

calls = []

async def once(tag):
    calls.append(tag)
    await asyncio.sleep(0)
    return tag

async def main():
    c = once("shared")
    t = asyncio.ensure_future(c)
    res = await asyncio.gather(t, t, once("other"), t)
    print(res, calls)

asyncio.run(main())
