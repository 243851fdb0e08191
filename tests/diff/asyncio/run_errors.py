import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ValueError("bad value")

try:
    asyncio.run(boom())
except ValueError as e:
    print(type(e).__name__, e)

try:
    asyncio.run(42)
except ValueError as e:
    print(type(e).__name__, e)

async def nested():
    c = boom()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    return "ok"

print(asyncio.run(nested()))
