import asyncio

async def stage(name, inq, outq, fn):
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(None)
            return
        await outq.put(fn(item))

async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(1), asyncio.Queue()
    t1 = asyncio.create_task(stage("double", q1, q2, lambda x: x * 2))
    t2 = asyncio.create_task(stage("inc", q2, q3, lambda x: x + 1))
    for i in range(8):
        await q1.put(i)
    await q1.put(None)
    out = []
    while (item := await q3.get()) is not None:
        out.append(item)
    await asyncio.gather(t1, t2)
    print(out)

asyncio.run(main())
