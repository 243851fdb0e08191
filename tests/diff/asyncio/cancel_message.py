import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    f = asyncio.get_running_loop().create_future()
    f.cancel(msg="fut msg")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future:", e.args)

asyncio.run(main())
