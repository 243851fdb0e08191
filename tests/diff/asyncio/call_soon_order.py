import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    for i in range(5):
        loop.call_soon(out.append, i)
    loop.call_soon(lambda: out.append("lambda"))
    h = loop.call_soon(out.append, "cancelled")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0)
    print(out)

asyncio.run(main())
