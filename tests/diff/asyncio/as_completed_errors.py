import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError("two")
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    for aw in asyncio.as_completed(tasks):
        try:
            print("ok", await aw)
        except ValueError as e:
            print("error", e)

asyncio.run(main())
