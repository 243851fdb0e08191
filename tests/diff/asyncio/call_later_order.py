import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    loop.call_later(0.03, out.append, "c")
    loop.call_later(0.01, out.append, "a")
    loop.call_later(0.02, out.append, "b")
    loop.call_soon(out.append, "soon")
    h = loop.call_later(0.015, out.append, "never")
    h.cancel()
    await asyncio.sleep(0.05)
    print(out)
    t = loop.time()
    loop.call_at(t + 0.01, out.append, "at")
    await asyncio.sleep(0.02)
    print(out[-1])

asyncio.run(main())
