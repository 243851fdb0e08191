"""asyncio queues: Queue, PriorityQueue, LifoQueue (written for Molt)."""

from _collections import deque
import heapq

from . import events
from . import locks
from .coroutines import _coroutine

__all__ = ("Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty")


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty Queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full Queue."""


# The methods put() and get() use. When a class overrides none of them
# (_plain), put() and get() do their work inline on the deque instead of
# calling them: the same effects with fewer calls.
_PLAIN_NAMES = ('full', 'qsize', 'empty', 'put_nowait', 'get_nowait', '_put', '_get',
                '_wakeup_next', '_init')


def _is_plain(cls):
    if cls is Queue:
        return True
    for name in _PLAIN_NAMES:
        if getattr(cls, name) is not getattr(Queue, name):
            return False
    return True


class Queue(locks._LoopBound):
    """A FIFO queue for tasks; maxsize <= 0 means unbounded."""

    # slots: method calls on a queue skip the instance-dict lookup while no
    # other attribute is set (the base class's __dict__ still allows them)
    __slots__ = ('_loop', '_maxsize', '_getters', '_putters', '_unfinished_tasks',
                 '_finished', '_queue', '_plain')

    def __init__(self, maxsize=0):
        self._loop = None
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)
        self._plain = _is_plain(type(self))

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __class_getitem__(cls, item):
        return cls

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        maxsize = self._maxsize
        if maxsize <= 0:
            return False
        return len(self._queue) >= maxsize

    async def put(self, item):
        """Put an item, waiting while the queue is full."""
        plain = self._plain
        while (0 < self._maxsize <= len(self._queue)) if plain else self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        if not plain:
            return self.put_nowait(item)
        # put_nowait, inline
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished._value = False
        getters = self._getters
        while getters:
            waiter = getters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break
        return None

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        plain = self._plain
        while (not self._queue) if plain else self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        if not plain:
            return self.get_nowait()
        # get_nowait, inline
        item = self._queue.popleft()
        putters = self._putters
        while putters:
            waiter = putters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break
        return item

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    @_coroutine
    def join(self):
        """Wait until every item put has been marked done by task_done()."""
        if self._unfinished_tasks > 0:
            yield from self._finished.wait().__await__()


class PriorityQueue(Queue):
    """A Queue returning the smallest item first (heapq order)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue returning the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
