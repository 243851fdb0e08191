import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
        q.put_nowait(item)
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)
    print(str(asyncio.PriorityQueue(5)))

asyncio.run(main())
