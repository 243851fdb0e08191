import asyncio

async def selfish():
    await asyncio.sleep(0)
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print(type(e).__name__, str(e).startswith("Task cannot await on itself"))
    return "survived"

async def main():
    print(await asyncio.create_task(selfish()))

asyncio.run(main())
