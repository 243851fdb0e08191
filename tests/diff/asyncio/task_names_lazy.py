# Default task names number every task created (named ones included), in
# creation order; set_name and get_name; a non-coroutine does not use a number.
import asyncio


async def noop():
    return None


async def main():
    t1 = asyncio.create_task(noop())
    t2 = asyncio.create_task(noop(), name='custom')
    t3 = asyncio.create_task(noop())
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError:', e)
    t4 = asyncio.create_task(noop())
    print(t1.get_name(), t2.get_name(), t3.get_name(), t4.get_name())
    t3.set_name(123)
    print(repr(t3.get_name()))
    await asyncio.gather(t1, t2, t3, t4)
    print(asyncio.current_task().get_name())
    s = asyncio.sleep(0)
    print(type(s).__name__, asyncio.iscoroutine(s))
    s.close()
    print(await asyncio.sleep(0, 'result'), await asyncio.sleep(-1, 'neg'))


asyncio.run(main())
