"""Synchronization primitives: Lock, Event, Condition, Semaphore, BoundedSemaphore (written for Molt)."""

from _collections import deque

from . import events
from . import exceptions
from .coroutines import _coroutine

__all__ = ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier")


class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = events.get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    @_coroutine
    def __aenter__(self):
        yield from self.acquire().__await__()
        return None

    @_coroutine
    def __aexit__(self, exc_type, exc, tb):
        self.release()
        return None
        yield


def _repr(obj, extra):
    return f'<asyncio.locks.{type(obj).__name__} object at {id(obj):#x} [{extra}]>'


class Lock(_ContextManagerMixin, _LoopBound):
    """A mutual-exclusion lock for tasks; waiters acquire it in FIFO order."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr(self, extra)

    def locked(self):
        return self._locked

    @_coroutine
    def acquire(self):
        if not self._locked:
            waiters = self._waiters
            free = True
            if waiters:
                for w in waiters:
                    if not w.cancelled():
                        free = False
                        break
            if free:
                self._locked = True
                return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                yield from fut.__await__()
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    """A flag tasks can wait on until it is set."""

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr(self, extra)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    @_coroutine
    def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            yield from fut.__await__()
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBound):
    """A condition variable over a Lock (a new one by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr(self, extra)

    @_coroutine
    def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        fut = self._get_loop().create_future()
        self.release()
        try:
            try:
                self._waiters.append(fut)
                try:
                    yield from fut.__await__()
                    return True
                finally:
                    self._waiters.remove(fut)
            finally:
                # the lock is taken back even when the wait was cancelled
                err = None
                while True:
                    try:
                        yield from self.acquire().__await__()
                        break
                    except exceptions.CancelledError as e:
                        err = e
                if err is not None:
                    raise err
        except BaseException:
            # a notification this task may have consumed goes to another waiter
            self._notify(1)
            raise

    @_coroutine
    def wait_for(self, predicate):
        result = predicate()
        while not result:
            yield from self.wait().__await__()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._notify(n)

    def _notify(self, n):
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBound):
    """A counter of available slots; acquire waits (FIFO) while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr(self, extra)

    def locked(self):
        if self._value == 0:
            return True
        if self._waiters:
            for w in self._waiters:
                if not w.cancelled():
                    return True
        return False

    @_coroutine
    def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                yield from fut.__await__()
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # woken and then cancelled: hand the slot to the next waiter
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


class Barrier(_LoopBound):
    """Not supported yet by Molt's asyncio."""

    def __init__(self, parties):
        raise NotImplementedError("asyncio.Barrier is not supported yet")
