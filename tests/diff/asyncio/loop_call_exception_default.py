import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("plain callback"))
    h = loop.call_later(10, print, "never")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    th = loop.call_at(loop.time() + 0.001, print, "timer")
    print(th.when() > 0)
    await asyncio.sleep(0.01)

asyncio.run(main())
