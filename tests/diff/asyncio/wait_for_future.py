import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "late value")
    print(await asyncio.wait_for(f, 1))
    g = loop.create_future()
    try:
        await asyncio.wait_for(g, 0.01)
    except TimeoutError:
        print("future timed out, cancelled:", g.cancelled())

asyncio.run(main())
