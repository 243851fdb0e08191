import asyncio

async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(1)
        print("not reached")
    finally:
        print("finally runs")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel:", t.cancel())
    print("cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result raises CancelledError")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception raises CancelledError")

asyncio.run(main())
