import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("timed out", type(e).__name__, type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
        print("inside", cm.expired())
    print("after", cm.expired())
    async with asyncio.timeout(None) as cm2:
        print("when", cm2.when())
    print(asyncio.current_task().cancelling())

asyncio.run(main())
