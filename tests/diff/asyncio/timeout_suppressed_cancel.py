import asyncio

async def main():
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner saw CancelledError")
                raise
    except TimeoutError:
        print("TimeoutError raised, cancelling =", task.cancelling())
    await asyncio.sleep(0)
    print("can still await")

asyncio.run(main())
