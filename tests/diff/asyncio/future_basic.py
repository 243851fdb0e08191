import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    loop.call_later(0.01, f.set_result, 42)
    print(await f)
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("nope"))
    print(repr(g))
    try:
        await g
    except ValueError as e:
        print(type(e).__name__, e)
    h = loop.create_future()
    h.set_exception(RuntimeError)
    print(type(h.exception()).__name__)
    print(h.get_loop() is loop)

asyncio.run(main())
