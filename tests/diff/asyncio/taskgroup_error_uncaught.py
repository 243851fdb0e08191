import asyncio

async def fail():
    raise ZeroDivisionError("oops")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())

try:
    asyncio.run(main())
except ExceptionGroup as eg:
    print(eg.message, len(eg.exceptions), type(eg.exceptions[0]).__name__)
