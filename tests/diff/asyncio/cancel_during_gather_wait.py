import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
    return n

async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.01, me.cancel, "enough")
    try:
        await asyncio.gather(child(1), child(2))
    except asyncio.CancelledError as e:
        print("main cancelled", e.args)
        me.uncancel()
    print("main continues", me.cancelling())

asyncio.run(main())
