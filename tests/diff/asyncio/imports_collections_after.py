# asyncio takes deque from the native _collections; a program that imports
# collections afterwards (or before) sees the same deque type and a whole
# collections package.
import asyncio
import collections
from collections import Counter, OrderedDict, deque
from collections.abc import MutableMapping


async def produce(q, n):
    for i in range(n):
        await q.put(i)


async def main():
    q = asyncio.Queue()
    await produce(q, 5)
    print(type(q._queue) is deque, isinstance(q._queue, collections.deque))
    got = []
    while not q.empty():
        got.append(q.get_nowait())
    print(got)
    c = Counter("mississippi")
    print(c.most_common(2), issubclass(OrderedDict, MutableMapping))
    d = deque([1, 2, 3], maxlen=3)
    d.append(4)
    print(d, collections.deque.__name__)


asyncio.run(main())
