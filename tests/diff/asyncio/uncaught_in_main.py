import asyncio

async def main():
    await asyncio.sleep(0)
    raise KeyError("not found")

asyncio.run(main())
