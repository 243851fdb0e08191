import asyncio

async def main():
    q = asyncio.Queue()
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print(q.qsize(), str(q))
    print(await q.get(), q.get_nowait())
    while not q.empty():
        print("item", q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(str(e)))

asyncio.run(main())
