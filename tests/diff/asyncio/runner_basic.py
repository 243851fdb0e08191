import asyncio

async def step(n):
    await asyncio.sleep(0)
    return n * 3

with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
try:
    runner.run(step(3))
except RuntimeError as e:
    print(type(e).__name__, e)
