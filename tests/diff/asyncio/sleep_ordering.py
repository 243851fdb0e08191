import asyncio

async def sleeper(name, d):
    await asyncio.sleep(d)
    print("woke", name)
    return name

async def main():
    res = await asyncio.gather(sleeper("slow", 0.3), sleeper("fast", 0.1), sleeper("mid", 0.2))
    print(res)

asyncio.run(main())
