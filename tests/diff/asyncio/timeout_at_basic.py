import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body runs even if already past")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline")

asyncio.run(main())
