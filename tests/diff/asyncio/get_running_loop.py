import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
    print(loop.is_running(), loop.is_closed())
    t1 = loop.time()
    await asyncio.sleep(0.01)
    print(loop.time() > t1)
    return loop

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
loop = asyncio.run(main())
print(loop.is_running(), loop.is_closed())
