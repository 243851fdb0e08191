"""asyncio.Future (written for Molt)."""

from . import events
from .exceptions import CancelledError, InvalidStateError

__all__ = ("Future", "wrap_future", "isfuture")

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects following the Future protocol (Future, Task)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


# asyncio.tasks.Task, set when tasks.py is imported: a Task waiting on a
# Future is stored in the Future's callbacks itself (no bound method) and is
# put straight on the loop's ready queue when the Future completes
_task_type = None
_Handle = events.Handle


def _format_cb(fn):
    if _task_type is not None and isinstance(fn, _task_type):
        return 'Task.task_wakeup()'
    name = getattr(fn, '__qualname__', None)
    if name is None:
        return repr(fn)
    return name + '()'


class Future:
    """A result that will be set later; awaiting it suspends the task until then."""

    __molt_tp_name__ = '_asyncio.Future'  # CPython's C type name, in messages

    # slots keep attribute access on these hot objects cheap; __dict__ still
    # allows other attributes, as CPython's Future does
    __slots__ = ('_loop', '_state', '_result', '_exception', '_callbacks',
                 '_cancel_message', '_cancelled_exc', '_asyncio_future_blocking',
                 '__dict__')

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None
        self._asyncio_future_blocking = False

    def __class_getitem__(cls, item):
        return cls

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state is _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={self._result!r}')
        if self._callbacks:
            cbs = [_format_cb(cb) for cb in self._callbacks]
            if len(cbs) > 2:
                cbs = [cbs[0], f'<{len(cbs) - 2} more>', cbs[-1]]
            info.append('cb=[' + ', '.join(cbs) + ']')
        return info

    def __repr__(self):
        return '<' + type(self).__name__ + ' ' + ' '.join(self._repr_info()) + '>'

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel the future and schedule its callbacks; False if already done."""
        if self._state is not _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        loop = self._loop
        direct = None
        for cb in callbacks:
            if isinstance(cb, _task_type):
                # a waiting Task (see tasks.Task._step): its _run wakes it up
                if loop._closed:
                    raise RuntimeError('Event loop is closed')
                loop._ready.append(cb)
                continue
            if direct is None:
                direct = getattr(loop, '_direct', False)
            if direct:
                # loop.call_soon(cb, self) without binding its arguments
                if loop._closed:
                    raise RuntimeError('Event loop is closed')
                loop._ready.append(_Handle(cb, (self,), loop, None))
            else:
                loop.call_soon(cb, self)

    def cancelled(self):
        return self._state is _CANCELLED

    def done(self):
        return self._state is not _PENDING

    def result(self):
        state = self._state
        if state is _FINISHED:
            if self._exception is not None:
                raise self._exception
            return self._result
        if state is _CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError('Result is not set.')

    def exception(self):
        state = self._state
        if state is _FINISHED:
            return self._exception
        if state is _CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        if self._state is not _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state is not _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state is not _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if self._state is _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._state is _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_object_new = object.__new__


def _new_future(loop):
    """Future(loop=loop) for loop.create_future(): the same object made
    without type.__call__ binding the keyword argument of __init__."""
    fut = _object_new(Future)
    fut._loop = loop
    fut._state = _PENDING
    fut._result = None
    fut._exception = None
    fut._callbacks = []
    fut._cancel_message = None
    fut._cancelled_exc = None
    fut._asyncio_future_blocking = False
    return fut


def _set_result_unless_cancelled(fut, result):
    if fut._state is _PENDING:
        fut.set_result(result)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
