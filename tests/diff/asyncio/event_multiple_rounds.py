import asyncio

async def listener(ev, name, log):
    for r in range(2):
        await ev.wait()
        log.append(f"{name}:{r}")
        await asyncio.sleep(0)

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(listener(ev, n, log)) for n in "xy"]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    print(log)

asyncio.run(main())
