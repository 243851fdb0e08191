import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner cleanup")

async def outer():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        print("outer got CancelledError, not TimeoutError")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__)

asyncio.run(main())
