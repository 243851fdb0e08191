import asyncio

async def main():
    cm = asyncio.timeout(0.01)
    try:
        async with cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired:", cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
    cm2 = asyncio.timeout(1)
    try:
        cm2.reschedule(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
