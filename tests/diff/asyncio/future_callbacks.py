import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    out = []
    def cb1(fut):
        out.append(("cb1", fut.result()))
    def cb2(fut):
        out.append(("cb2", fut.result()))
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb1)
    print(f.remove_done_callback(cb1))
    print(f.remove_done_callback(cb1))
    f.set_result("v")
    print(out)
    await asyncio.sleep(0)
    print(out)
    f.add_done_callback(cb1)
    print(out)
    await asyncio.sleep(0)
    print(out)

asyncio.run(main())
