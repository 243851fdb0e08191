import asyncio

async def never():
    print("never printed")

async def main():
    t = asyncio.create_task(never())
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before running", t.cancelled())

asyncio.run(main())
