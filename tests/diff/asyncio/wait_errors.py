import asyncio

async def job():
    return 1

async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(type(e).__name__, e)
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print(type(e).__name__, e)
    await t
    done, pending = await asyncio.wait({t})
    print(len(done), len(pending))

asyncio.run(main())
