import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return "slow"
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def fast():
    await asyncio.sleep(0)
    return "fast"

async def main():
    print(await asyncio.wait_for(fast(), timeout=1))
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, asyncio.TimeoutError))
    print(await asyncio.wait_for(fast(), None))

asyncio.run(main())
