import asyncio

async def main():
    q = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        await q.put(i)
    print(q.full())
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")

asyncio.run(main())
