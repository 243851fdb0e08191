import asyncio

async def main():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(0)
            raise LookupError("inside")
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print("finally inside timeout")
    except TimeoutError:
        print("timeout")

asyncio.run(main())
