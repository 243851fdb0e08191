import asyncio

async def waiter(cond, name, state):
    async with cond:
        await cond.wait_for(lambda: state["go"])
        print(name, "proceeds")

async def main():
    cond = asyncio.Condition()
    state = {"go": False}
    tasks = [asyncio.create_task(waiter(cond, f"w{i}", state)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.sleep(0)
    print("nobody proceeded yet")
    async with cond:
        state["go"] = True
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())
