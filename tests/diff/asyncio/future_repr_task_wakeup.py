# A Future awaited by a Task shows the task's wakeup among its callbacks;
# done callbacks run in registration order, the task's wakeup included.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, repr(fut), fut.get_loop() is loop)
    order = []

    def first(f):
        order.append('first')

    def last(f):
        order.append('last')

    async def waiter():
        v = await fut
        order.append(f'task got {v}')
        return v

    fut.add_done_callback(first)
    t = asyncio.create_task(waiter())
    fut.remove_done_callback(first)
    await asyncio.sleep(0)
    print(repr(fut))
    fut.add_done_callback(first)
    fut.add_done_callback(last)
    fut.set_result(7)
    print(repr(fut))
    print(await t)
    print(order)
    # a task waiting on another task
    inner = asyncio.create_task(asyncio.sleep(0, 'inner'))
    outer = asyncio.create_task(waiter2(inner))
    await asyncio.sleep(0)
    print(repr(inner).startswith('<Task pending'), 'task_wakeup' in repr(inner))
    print(await outer)
    # callbacks added before and after the task's wakeup keep their order
    order.clear()
    fut2 = loop.create_future()
    fut2.add_done_callback(first)

    async def waiter3():
        order.append(f'task got {await fut2}')

    t3 = asyncio.create_task(waiter3())
    await asyncio.sleep(0)
    fut2.add_done_callback(last)
    fut2.set_result(8)
    await t3
    print(order)
    # a cancelled future wakes the task with CancelledError
    fut3 = loop.create_future()
    t4 = asyncio.create_task(waiter4(fut3))
    await asyncio.sleep(0)
    fut3.cancel('stop')
    print(await t4)


async def waiter4(f):
    try:
        await f
    except asyncio.CancelledError as e:
        return f'cancelled {e.args}'


async def waiter2(t):
    return await t


asyncio.run(main())
