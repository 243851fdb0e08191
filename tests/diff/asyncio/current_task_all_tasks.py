import asyncio

async def child(ev):
    await ev.wait()

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    ev = asyncio.Event()
    ts = [asyncio.create_task(child(ev), name=f"child{i}") for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    ev.set()
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is me)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print(type(e).__name__, e)
