import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print(cm.when() is None)
        cm.reschedule(loop.time() + 5)
        print(cm.when() > loop.time())
        cm.reschedule(None)
        await asyncio.sleep(0.01)
    print("no timeout")
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")

asyncio.run(main())
