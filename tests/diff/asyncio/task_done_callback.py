import asyncio

async def job():
    await asyncio.sleep(0)
    return 7

async def main():
    out = []
    t = asyncio.create_task(job())
    t.add_done_callback(lambda f: out.append(("cb", f.result())))
    r = await t
    out.append(("awaited", r))
    await asyncio.sleep(0)
    print(out)
    t2 = asyncio.create_task(job())
    order = []
    t2.add_done_callback(lambda f: order.append("first"))
    t2.add_done_callback(lambda f: order.append("second"))
    await t2
    order.append("main resumed")
    await asyncio.sleep(0)
    print(order)

asyncio.run(main())
