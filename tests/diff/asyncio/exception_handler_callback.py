import asyncio

def bad_callback():
    raise ValueError("callback failed")

async def main():
    loop = asyncio.get_running_loop()
    seen = []
    def handler(lp, context):
        seen.append((context["message"].startswith("Exception in callback bad_callback()"), type(context["exception"]).__name__, str(context["exception"])))
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    loop.call_soon(print, "next callback still runs")
    await asyncio.sleep(0)
    print(seen)
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
