import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner finally")

async def middle():
    try:
        await inner()
    finally:
        print("middle finally")

async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel")

asyncio.run(main())
