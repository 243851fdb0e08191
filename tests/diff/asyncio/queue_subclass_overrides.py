# Queue subclasses overriding the methods put()/get() rely on see them called
# (put -> full/put_nowait, get -> empty/get_nowait), as CPython's Queue does.
import asyncio

log = []


class LoggingQueue(asyncio.Queue):
    def put_nowait(self, item):
        log.append(('put_nowait', item))
        super().put_nowait(item)

    def get_nowait(self):
        item = super().get_nowait()
        log.append(('get_nowait', item))
        return item


class TinyQueue(asyncio.Queue):
    def full(self):
        log.append('full')
        return self.qsize() >= 1

    def empty(self):
        log.append('empty')
        return super().empty()


class CountingQueue(asyncio.Queue):
    def _put(self, item):
        log.append(('_put', item))
        super()._put(item)


async def consumer(q, n, name):
    for _ in range(n):
        item = await q.get()
        print(name, 'got', item)


async def main():
    q = LoggingQueue()
    await q.put(1)
    await q.put(2)
    print(await q.get(), await q.get())
    print(log)
    log.clear()

    q = TinyQueue()
    c = asyncio.create_task(consumer(q, 3, 'c'))
    for i in range(3):
        await q.put(i)
        print('put', i, q.qsize())
    await c
    print(log)
    log.clear()

    q = CountingQueue(maxsize=2)
    c = asyncio.create_task(consumer(q, 4, 'd'))
    for i in range(4):
        await q.put(i * 10)
    await c
    print(log)

    q = asyncio.Queue(maxsize=1)
    q.put_nowait('a')
    try:
        q.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull')
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    print(q.full(), q.empty(), q.qsize(), q.maxsize)


asyncio.run(main())
