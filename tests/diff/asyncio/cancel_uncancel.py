import asyncio

async def main():
    t = asyncio.current_task()
    print(t.cancelling(), t.uncancel())
    t.cancel()
    t.cancel()
    print(t.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("got cancelled")
    print(t.uncancel(), t.uncancel(), t.uncancel())
    await asyncio.sleep(0)
    print("still running")

asyncio.run(main())
