import asyncio

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    print(await asyncio.gather(*(square(i) for i in range(6))))
    print(await asyncio.gather())
    t = asyncio.create_task(square(7))
    print(await asyncio.gather(t, square(3), t))
    f = asyncio.get_running_loop().create_future()
    f.set_result("pre")
    print(await asyncio.gather(f, square(2)))

asyncio.run(main())
