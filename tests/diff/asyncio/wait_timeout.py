import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 1)]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print(len(done), len(pending))
    print([t.result() for t in done])
    for t in pending:
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print("pending cancelled")

asyncio.run(main())
