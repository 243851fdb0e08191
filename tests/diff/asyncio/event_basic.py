import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "released", r)

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())

asyncio.run(main())
