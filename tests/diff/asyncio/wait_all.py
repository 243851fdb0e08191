import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    tasks = [asyncio.create_task(job(i), name=f"job{i}") for i in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(sorted(t.result() for t in done))

asyncio.run(main())
