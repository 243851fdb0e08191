import asyncio

async def job(fut, n):
    await fut
    return n

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    tasks = [asyncio.create_task(job(f, i)) for i, f in enumerate(futs)]
    loop.call_soon(futs[1].set_result, None)
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    futs[2].set_result(None)
    done2, pending2 = await asyncio.wait(pending, return_when="FIRST_COMPLETED")
    print([t.result() for t in done2], len(pending2))
    for t in pending2:
        t.cancel()
    await asyncio.wait(pending2)
    print([t.cancelled() for t in pending2])

asyncio.run(main())
