import asyncio

async def bad():
    await asyncio.sleep(0)
    raise ArithmeticError("math")

async def main():
    try:
        await asyncio.wait_for(bad(), 1)
    except ArithmeticError as e:
        print(type(e).__name__, e)
    t = asyncio.create_task(bad())
    try:
        await asyncio.wait_for(t, 1)
    except ArithmeticError as e:
        print("task", type(e).__name__, e)

asyncio.run(main())
