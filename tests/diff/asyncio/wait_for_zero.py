import asyncio

async def quick():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    t = asyncio.create_task(asyncio.sleep(1))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("timeout zero", t.cancelled())
    try:
        await asyncio.wait_for(quick(), -1)
    except TimeoutError:
        print("timeout negative")

asyncio.run(main())
