import asyncio

class AppError(Exception):
    pass

async def level3():
    await asyncio.sleep(0)
    raise AppError("deep")

async def level2():
    try:
        await level3()
    except AppError as e:
        raise RuntimeError("wrapped") from e

async def level1():
    t = asyncio.create_task(level2())
    return await t

async def main():
    try:
        await level1()
    except RuntimeError as e:
        print(type(e).__name__, e, "<-", type(e.__cause__).__name__, e.__cause__)

asyncio.run(main())
