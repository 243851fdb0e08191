import asyncio

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("late")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled by failing child")
                raise
    except ExceptionGroup as eg:
        print("handled", [str(e) for e in eg.exceptions])
    print("cancelling", asyncio.current_task().cancelling())

asyncio.run(main())
