import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 2)]
    got = []
    try:
        for aw in asyncio.as_completed(tasks, timeout=0.5):
            got.append(await aw)
    except TimeoutError:
        print("as_completed timeout", got)
    for t in tasks:
        t.cancel()
    try:
        list(asyncio.as_completed(tasks[0]))
    except TypeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
