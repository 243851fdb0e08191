import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print(type(e).__name__)

    async def putter():
        print("putter waiting")
        await q.put(3)
        print("putter done")

    t = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print("got", q.get_nowait())
    await t
    print(list(q._queue) if hasattr(q, "_queue") else None)
    print(q.qsize())

asyncio.run(main())
