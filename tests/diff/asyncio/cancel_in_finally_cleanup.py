import asyncio

async def worker(results):
    try:
        while True:
            await asyncio.sleep(0)
            results.append(len(results))
    finally:
        await asyncio.sleep(0)
        print("cleanup awaited, results", len(results) > 0)

async def main():
    results = []
    t = asyncio.create_task(worker(results))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled")

asyncio.run(main())
