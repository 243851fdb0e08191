import asyncio

async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")

async def main():
    asyncio.create_task(background("bg1"))
    await asyncio.sleep(0)
    print("main returns")
    return "result"

print(asyncio.run(main()))
