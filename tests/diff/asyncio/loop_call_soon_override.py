# A loop subclass overriding call_soon sees every task step and wakeup go
# through it (CPython's Task schedules through loop.call_soon).
import asyncio

calls = []


class CountingLoop(asyncio.SelectorEventLoop):
    def call_soon(self, callback, *args, context=None):
        calls.append(len(args))
        return super().call_soon(callback, *args, context=context)


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def main():
    fut = asyncio.get_running_loop().create_future()

    async def waiter():
        return await fut

    w = asyncio.create_task(waiter())
    a = asyncio.create_task(ticker('a', 3))
    b = asyncio.create_task(ticker('b', 2))
    await asyncio.sleep(0)
    fut.set_result('done')
    print(await a, await b, await w)


loop = CountingLoop()
try:
    loop.run_until_complete(main())
finally:
    loop.close()
print(len(calls) > 0, calls.count(0) > 0, calls.count(1) > 0)
print(calls)
