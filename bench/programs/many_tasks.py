# asyncio: 10000 tasks each yielding several times through sleep(0), then a
# three-stage Queue pipeline (producer -> workers -> collector) with
# bounded queues, so tasks block and wake through Futures.
import asyncio


async def ticker(i, rounds):
    acc = 0
    for r in range(rounds):
        await asyncio.sleep(0)
        acc += i * r
    return acc


async def producer(q, n, nworkers):
    for i in range(n):
        await q.put(i)
    for _ in range(nworkers):
        await q.put(None)


async def worker(inq, outq):
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(None)
            return
        await outq.put(item * item % 1009)


async def collector(q, nworkers):
    total = 0
    finished = 0
    while finished < nworkers:
        item = await q.get()
        if item is None:
            finished += 1
        else:
            total += item
    return total


async def main():
    tasks = [asyncio.create_task(ticker(i, 5)) for i in range(10000)]
    results = await asyncio.gather(*tasks)
    print(sum(results))
    nworkers = 8
    q1 = asyncio.Queue(maxsize=16)
    q2 = asyncio.Queue(maxsize=16)
    prod = asyncio.create_task(producer(q1, 40000, nworkers))
    workers = [asyncio.create_task(worker(q1, q2)) for _ in range(nworkers)]
    total = await collector(q2, nworkers)
    await prod
    await asyncio.gather(*workers)
    print(total)


asyncio.run(main())
