import asyncio

async def fail():
    await asyncio.sleep(0)
    raise ValueError("failure in task")

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled by group")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(fail())
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg)
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)
    print("after group", asyncio.current_task().cancelling())

asyncio.run(main())
