import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    loop.call_later(0.3, out.append, "c")
    loop.call_later(0.1, out.append, "a")
    loop.call_later(0.2, out.append, "b")
    loop.call_soon(out.append, "soon")
    h = loop.call_later(0.15, out.append, "never")
    h.cancel()
    await asyncio.sleep(0.4)
    print(out)
    t = loop.time()
    loop.call_at(t + 0.01, out.append, "at")
    await asyncio.sleep(0.02)
    print(out[-1])

asyncio.run(main())
