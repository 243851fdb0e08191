import asyncio

async def putter(q, name, items):
    for it in items:
        await q.put(f"{name}{it}")
    print(name, "done putting")

async def main():
    q = asyncio.Queue(maxsize=1)
    ps = [asyncio.create_task(putter(q, n, range(3))) for n in "ab"]
    got = []
    for _ in range(6):
        got.append(await q.get())
    await asyncio.gather(*ps)
    print(got)

asyncio.run(main())
