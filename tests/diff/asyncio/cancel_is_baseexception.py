import asyncio

print(issubclass(asyncio.CancelledError, BaseException))
print(issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError)

async def victim():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("not caught by Exception")
    except BaseException as e:
        print("caught by BaseException", type(e).__name__)
        raise

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__)

asyncio.run(main())
