import asyncio

async def job(n):
    await asyncio.sleep(0)
    print("job", n)
    return n * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1))
        t2 = tg.create_task(job(2), name="second")
        print("in body", repr(tg))
    print(t1.result(), t2.result(), t2.get_name())
    print(repr(tg))

asyncio.run(main())
