import asyncio

async def getter(q, name):
    item = await q.get()
    print(name, "got", item)

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    for i in range(3):
        q.put_nowait(i * 10)
    await asyncio.gather(*tasks)

asyncio.run(main())
