import asyncio

async def main():
    t = asyncio.current_task()
    for meth, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            meth(arg)
        except RuntimeError as e:
            print(type(e).__name__, e)

asyncio.run(main())
