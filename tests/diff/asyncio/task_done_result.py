import asyncio

async def work():
    await asyncio.sleep(0)
    return 5

async def fail():
    raise IndexError("idx")

async def main():
    t = asyncio.create_task(work())
    print(t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    await t
    print(t.done(), t.result(), t.exception(), t.cancelled())
    f = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(f.done(), type(f.exception()).__name__)
    try:
        f.result()
    except IndexError as e:
        print("result raised", e)

asyncio.run(main())
