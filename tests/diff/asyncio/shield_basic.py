import asyncio

async def important():
    await asyncio.sleep(0.5)
    print("important finished")
    return "saved"

async def waiter(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise

async def main():
    inner = asyncio.create_task(important())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.005)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("waiter cancelled:", w.cancelled(), "inner cancelled:", inner.cancelled())
    print(await inner)
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    print(asyncio.shield(f) is f)

asyncio.run(main())
