import asyncio

class QueueIter:
    def __init__(self, q):
        self.q = q
    def __aiter__(self):
        return self
    async def __anext__(self):
        item = await self.q.get()
        if item is None:
            raise StopAsyncIteration
        return item

async def feeder(q):
    for i in range(4):
        await asyncio.sleep(0)
        await q.put(i)
    await q.put(None)

async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(feeder(q))
    async for item in QueueIter(q):
        print("item", item)
    await t

asyncio.run(main())
