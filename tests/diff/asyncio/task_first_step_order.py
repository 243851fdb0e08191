import asyncio

async def child(n):
    print("child start", n)
    await asyncio.sleep(0)
    print("child end", n)

async def main():
    asyncio.create_task(child(1))
    print("after create 1")
    asyncio.create_task(child(2))
    print("after create 2")
    await asyncio.sleep(0)
    print("main after first sleep")
    await asyncio.sleep(0)
    print("main after second sleep")

asyncio.run(main())
