import asyncio

async def noop():
    pass

async def main():
    tg = asyncio.TaskGroup()
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    async with tg:
        tg.create_task(noop())
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
