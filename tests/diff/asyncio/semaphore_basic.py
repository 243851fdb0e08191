import asyncio

async def worker(sem, name, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        print(name, "enter", active[0])
        await asyncio.sleep(0)
        active[0] -= 1
        print(name, "leave")

async def main():
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    await asyncio.gather(*(worker(sem, f"t{i}", active, peak) for i in range(5)))
    print("peak", peak[0], sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)

asyncio.run(main())
