import asyncio

async def waiter(fut, name):
    v = await fut
    print(name, "got", v)
    return name

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(fut, f"w{i}")) for i in range(4)]
    await asyncio.sleep(0)
    fut.set_result("shared")
    print(await asyncio.gather(*tasks))
    fut2 = loop.create_future()
    t = asyncio.create_task(waiter(fut2, "c"))
    await asyncio.sleep(0)
    fut2.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter task cancelled via future:", t.cancelled())

asyncio.run(main())
