import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    when = loop.time() + 0.01
    for i in range(5):
        loop.call_at(when, out.append, i)
    await asyncio.sleep(0.02)
    print(out)

asyncio.run(main())
