# Cancelling tasks blocked in Queue.get()/put(): the waiter is removed and
# the next waiter is woken, in CPython's order.
import asyncio


async def getter(q, name):
    try:
        item = await q.get()
        print(name, 'got', item)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def putter(q, item):
    try:
        await q.put(item)
        print('put', item)
    except asyncio.CancelledError:
        print('put cancelled', item)
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, 'g1'))
    g2 = asyncio.create_task(getter(q, 'g2'))
    g3 = asyncio.create_task(getter(q, 'g3'))
    await asyncio.sleep(0)
    q.put_nowait('x')
    g1.cancel()
    await asyncio.sleep(0)
    q.put_nowait('y')
    await asyncio.gather(g1, g2, g3, return_exceptions=True)
    print(g1.cancelled(), g2.result(), g3.result())

    q = asyncio.Queue(maxsize=1)
    q.put_nowait(0)
    p1 = asyncio.create_task(putter(q, 1))
    p2 = asyncio.create_task(putter(q, 2))
    await asyncio.sleep(0)
    p1.cancel()
    print(q.get_nowait())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(q.qsize(), q.get_nowait(), p1.cancelled(), p2.done())


asyncio.run(main())
