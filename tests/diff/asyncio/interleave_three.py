import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name}-done")

async def main():
    tasks = [asyncio.create_task(worker(c, k)) for c, k in (("x", 2), ("y", 3), ("z", 1))]
    log.append("main")
    for t in tasks:
        await t
    print(" ".join(log))

asyncio.run(main())
