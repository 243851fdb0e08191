import asyncio

async def main():
    cond = asyncio.Condition()
    state = []
    async def setter():
        await asyncio.sleep(0.01)
        async with cond:
            state.append(1)
            cond.notify_all()
    t = asyncio.create_task(setter())
    async with cond:
        r = await cond.wait_for(lambda: len(state))
        print("predicate result", r)
    await t
    async with cond:
        try:
            await asyncio.wait_for(cond.wait_for(lambda: False), 0.01)
        except TimeoutError:
            print("wait_for timed out, locked:", cond.locked())

asyncio.run(main())
