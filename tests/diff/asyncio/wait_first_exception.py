import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(f"job {n}")
    return n

async def main():
    tasks = [asyncio.create_task(job(i), name=str(i)) for i in (1, 2, 100)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    tasks2 = [asyncio.create_task(job(i)) for i in (1, 3)]
    done, pending = await asyncio.wait(tasks2, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))

asyncio.run(main())
