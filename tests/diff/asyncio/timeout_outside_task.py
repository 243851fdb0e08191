import asyncio

async def main():
    cm = asyncio.timeout(1)
    print(type(cm).__name__)
    print(repr(cm))
    async with cm:
        print(repr(cm).startswith("<Timeout [active]"))
    print(repr(cm))

asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print(type(e).__name__, e)
