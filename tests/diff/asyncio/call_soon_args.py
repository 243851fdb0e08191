import asyncio

def cb(*args):
    print("cb", args)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1, 2, 3)
    loop.call_soon(cb)
    loop.call_later(0, cb, "later0")
    loop.call_soon(cb, "x")
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "done")
    print(await fut)

asyncio.run(main())
