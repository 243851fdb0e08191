"""The event loop (written for Molt).

Single-threaded and deterministic: a FIFO ready queue of handles and a heap
of timers ordered by their time.  An iteration moves the due
timers to the ready queue and runs the handles that were ready when it
started; with nothing ready it sleeps until the earliest timer.
"""

from _collections import deque
import heapq
import math
import time

from . import events
from . import futures
from . import tasks
from .coroutines import _coroutine, iscoroutine, iscoroutinefunction

__all__ = ("BaseEventLoop",)

_Handle = events.Handle
_new_future = futures._new_future


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class BaseEventLoop(events.AbstractEventLoop):
    # slots: cheap attribute access and method calls on the loop (the base
    # class's __dict__ still allows other attributes)
    __slots__ = ('_ready', '_scheduled', '_timer_cancelled_count', '_stopping', '_closed',
                 '_running', '_debug', '_exception_handler', '_task_factory',
                 '_current_task', '_clock_resolution', '_direct', '_plain_create_task')

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._current_task = None
        self._clock_resolution = 1e-09
        # Tasks append themselves to _ready (tasks.Task._run) unless a
        # subclass changes how callbacks are scheduled
        self._direct = type(self).call_soon is BaseEventLoop.call_soon
        # asyncio.create_task may skip the keyword call of create_task
        self._plain_create_task = type(self).create_task is BaseEventLoop.create_task

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def time(self):
        """The loop's clock (time.monotonic())."""
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_callback(self, callback, method):
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) on the next loop iteration, in call order."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = _Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after delay seconds."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time `when`."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        # ordered by `when` alone (ties in heap order, as CPython's loop)
        heapq.heappush(self._scheduled, (when, timer))
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def create_future(self):
        return _new_future(self)

    def create_task(self, coro, *, name=None, context=None):
        """Wrap the coroutine in a Task scheduled on this loop."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks._new_task(coro, self, name, context)
        else:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        """Stop after the current iteration."""
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until the future (or coroutine, wrapped in a Task) is done; its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        scheduled = self._scheduled
        ready = self._ready
        if (self._timer_cancelled_count > 100
                and self._timer_cancelled_count * 2 > len(scheduled)):
            kept = [e for e in scheduled if not e[1]._cancelled]
            for e in kept:
                e[1]._scheduled = True
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0][1]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(scheduled)[1]._scheduled = False

        if not ready and not self._stopping:
            if scheduled:
                delay = scheduled[0][0] - self.time()
                if delay > 0:
                    # whole milliseconds, rounded up, as epoll waits
                    time.sleep(math.ceil(delay * 1e3) * 1e-3)
            else:
                raise RuntimeError('Event loop has nothing to run: every task is '
                                   'waiting and no timer is scheduled')

        end_time = self.time() + self._clock_resolution
        while scheduled:
            entry = scheduled[0]
            if entry[0] >= end_time:
                break
            heapq.heappop(scheduled)
            handle = entry[1]
            handle._scheduled = False
            if handle._cancelled:
                self._timer_cancelled_count -= 1
            else:
                ready.append(handle)

        ntodo = len(ready)
        for _ in range(ntodo):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            handle._run()

    def default_exception_handler(self, context):
        events._default_exception_handler(context)

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })

    @_coroutine
    def shutdown_asyncgens(self):
        return None
        yield

    @_coroutine
    def shutdown_default_executor(self, timeout=None):
        return None
        yield


class _UnixSelectorEventLoop(BaseEventLoop):
    """The event loop class asyncio.new_event_loop() returns."""


SelectorEventLoop = _UnixSelectorEventLoop
events._State.loop_factory = _UnixSelectorEventLoop
