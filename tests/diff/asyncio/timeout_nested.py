import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timeout (wrong)")
    except TimeoutError:
        print("outer timeout")
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(0)
            print("outer continues")
    except TimeoutError:
        print("outer (wrong)")

asyncio.run(main())
