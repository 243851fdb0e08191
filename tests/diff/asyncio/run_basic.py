import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def main():
    print("start")
    r = await add(2, 3)
    print("result", r)
    return r * 10

print(asyncio.run(main()))
print(asyncio.run(add(1, 1)))
