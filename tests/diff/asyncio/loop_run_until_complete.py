import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x + 1

loop = asyncio.new_event_loop()
print(loop.run_until_complete(compute(1)))
t = loop.create_task(compute(10))
print(loop.run_until_complete(t))
f = loop.create_future()
loop.call_soon(f.set_result, "from callback")
print(loop.run_until_complete(f))
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print(type(e).__name__, e)
c = compute(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
