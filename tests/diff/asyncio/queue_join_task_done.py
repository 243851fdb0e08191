import asyncio

async def worker(name, q, seen):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        seen.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue()
    seen = []
    for i in range(6):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(f"w{k}", q, seen)) for k in range(3)]
    await q.join()
    print(seen)
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    await q.join()
    print("join on empty returns")

asyncio.run(main())
