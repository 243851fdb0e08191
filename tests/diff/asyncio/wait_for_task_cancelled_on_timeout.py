import asyncio

async def long_job():
    try:
        await asyncio.sleep(10)
    finally:
        print("long_job cleanup")

async def main():
    t = asyncio.create_task(long_job())
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("timed out")
    print(t.cancelled(), t.done())
    print(asyncio.current_task().cancelling())

asyncio.run(main())
