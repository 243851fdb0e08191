import asyncio

async def fail(kind, msg):
    await asyncio.sleep(0)
    raise kind(msg)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, "v"))
            tg.create_task(fail(TypeError, "t"))
            tg.create_task(fail(KeyError, "k"))
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg))
        print(sorted(type(e).__name__ for e in eg.exceptions))
        print(eg.__cause__ is None, eg.__suppress_context__)

asyncio.run(main())
