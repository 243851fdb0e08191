"""Tasks and the coroutine utilities built on them (written for Molt)."""

from _collections import deque
import _coro

from . import events
from . import futures
from . import exceptions
from . import timeouts
from .coroutines import _Coro, _CoroutineType, _coroutine, iscoroutine
from .exceptions import CancelledError
from .queues import Queue

__all__ = ("Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION",
           "ALL_COMPLETED", "wait", "wait_for", "as_completed", "sleep",
           "gather", "shield", "ensure_future", "current_task", "all_tasks",
           "_register_task", "_unregister_task", "_enter_task", "_leave_task")

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = futures._PENDING
# Future's methods, looked up once (Task overrides set_result/set_exception)
_future_cancel = futures.Future.cancel
_future_set_result = futures.Future.set_result
_future_set_exception = futures.Future.set_exception


# a list, not a class attribute: assigning class attributes invalidates
# Molt's type attribute caches
_name_counter = [1]


# every live task, in creation order (a dict keeps the order deterministic)
_all_tasks = {}


def _coro_name(coro):
    name = getattr(coro, '__qualname__', None)
    if name is None:
        name = getattr(coro, '__name__', None)
    if name is None:
        name = type(coro).__name__
    return name


_FINISHED = futures._FINISHED
_Future = futures.Future


class Task(futures.Future):
    """A Future that runs a coroutine on the event loop."""

    __molt_tp_name__ = '_asyncio.Task'  # CPython's C type name, in messages

    # _cancelled and _run make a Task its own ready-queue entry (the protocol
    # of events.Handle): on a loop whose call_soon is BaseEventLoop's
    # (_direct), a step or a wakeup appends the task itself to loop._ready
    # instead of allocating a bound method and a Handle; _run decides
    # between the two by _fut_waiter. The order of the ready queue is the
    # one call_soon would give.
    __slots__ = ('_name', '_num_cancels_requested', '_must_cancel', '_fut_waiter',
                 '_coro', '_driven', '_context', '_cancelled', '_direct')

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        if loop is None:
            loop = events.get_event_loop()
        _task_init(self, coro, loop, name, context)

    def _repr_info(self):
        info = futures.Future._repr_info(self)
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{_coro_name(self._coro)}()>')
        if self._fut_waiter is not None:
            info.append(f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        name = self._name
        if type(name) is int:
            name = f'Task-{name}'
            self._name = name
        return name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def cancel(self, msg=None):
        """Request cancellation: CancelledError is thrown into the coroutine at its await."""
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None:
            if waiter.cancel(msg=msg):
                # the wakeup delivers CancelledError into the coroutine
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _run(self):
        # run as a ready-queue entry: waiting on a future means it is done
        # and this is the wakeup, else a step
        waiter = self._fut_waiter
        try:
            if waiter is None:
                _task_step(self, None)
            else:
                _task_wakeup(self, waiter)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = 'Task.__step()' if waiter is None else f'Task.task_wakeup({waiter!r})'
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })

    def _step(self, exc=None):
        _task_step(self, exc)

    def _wakeup(self, future):
        _task_wakeup(self, future)


futures._task_type = Task


def _task_init(self, coro, loop, name, context):
    self._loop = loop
    self._state = _PENDING
    self._result = None
    self._exception = None
    self._callbacks = []
    self._cancel_message = None
    self._cancelled_exc = None
    self._asyncio_future_blocking = False
    ctype = type(coro)
    if ctype is not _CoroutineType and ctype is not _Coro:
        raise TypeError(f"a coroutine was expected, got {coro!r}")
    # the counter advances for named tasks too, as in CPython; the
    # default name 'Task-N' is made when it is first read
    seq = _name_counter[0]
    _name_counter[0] = seq + 1
    if name is None:
        self._name = seq
    else:
        self._name = str(name)
    self._num_cancels_requested = 0
    self._must_cancel = False
    self._fut_waiter = None
    self._coro = coro
    # library coroutines are driven through their generator directly
    self._driven = coro._gen if ctype is _Coro else coro
    self._context = context
    self._cancelled = False
    direct = getattr(loop, '_direct', False)
    self._direct = direct
    if direct:
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        loop._ready.append(self)
    else:
        loop.call_soon(self._step)
    _all_tasks[self] = None


def _new_task(coro, loop, name, context):
    """Task(coro, loop=loop, name=name, context=context) for loop.create_task():
    the same object made without type.__call__ binding keyword arguments."""
    task = _object_new(Task)
    _task_init(task, coro, loop, name, context)
    return task


_object_new = object.__new__


def _task_step(self, exc):
    # Task.__step: one send()/throw() into the coroutine and what its
    # yield asks for (a module function: called directly, not as a method)
    if self._state is not _PENDING:
        raise exceptions.InvalidStateError(
            f'_step(): already done: {self!r}, {exc!r}')
    if self._must_cancel:
        if not isinstance(exc, CancelledError):
            exc = self._make_cancelled_error()
        self._must_cancel = False
    self._fut_waiter = None
    loop = self._loop
    prev = loop._current_task
    if prev is not None:
        raise RuntimeError(f'Cannot enter into task {self!r} while another '
                           f'task {prev!r} is being executed.')
    loop._current_task = self
    try:
        if exc is None:
            result = self._driven.send(None)
        else:
            result = self._driven.throw(exc)
    except StopIteration as e:
        loop._current_task = None
        if self._must_cancel:
            self._must_cancel = False
            _future_cancel(self, msg=self._cancel_message)
        else:
            _future_set_result(self, e.value)
        _all_tasks.pop(self, None)
        return
    except CancelledError as e:
        loop._current_task = None
        self._cancelled_exc = e
        _future_cancel(self)
        _all_tasks.pop(self, None)
        return
    except (KeyboardInterrupt, SystemExit) as e:
        loop._current_task = None
        _future_set_exception(self, e)
        _all_tasks.pop(self, None)
        raise
    except BaseException as e:
        loop._current_task = None
        _future_set_exception(self, e)
        _all_tasks.pop(self, None)
        return
    loop._current_task = None
    if result is None:
        # bare yield (sleep(0)): run again on the next loop iteration
        if self._direct:
            loop._ready.append(self)
        else:
            loop.call_soon(self._step)
        return
    rtype = type(result)
    if rtype is _Future or rtype is Task:
        blocking = result._asyncio_future_blocking
    else:
        blocking = getattr(result, '_asyncio_future_blocking', None)
    if blocking is not None:
        if result._loop is not loop:
            err = RuntimeError(f'Task {self!r} got Future {result!r} attached to a '
                               f'different loop')
            loop.call_soon(self._step, err)
        elif blocking:
            if result is self:
                loop.call_soon(self._step, RuntimeError(
                    f'Task cannot await on itself: {self!r}'))
                return
            result._asyncio_future_blocking = False
            self._fut_waiter = result
            if self._direct and (rtype is _Future or rtype is Task):
                # the task itself is the done callback (Future._schedule_callbacks)
                if result._state is _PENDING:
                    result._callbacks.append(self)
                else:
                    loop._ready.append(self)
            else:
                result.add_done_callback(self._wakeup)
            if self._must_cancel:
                if result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        else:
            loop.call_soon(self._step, RuntimeError(
                f'yield was used instead of yield from in task {self!r} with {result!r}'))
    elif hasattr(result, 'send') and hasattr(result, 'throw'):
        loop.call_soon(self._step, RuntimeError(
            f'yield was used instead of yield from for generator in task {self!r} '
            f'with {result!r}'))
    else:
        loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))


def _task_wakeup(self, future):
    if type(future) is _Future and future._state is _FINISHED:
        exc = future._exception
        if exc is None:
            _task_step(self, None)
        else:
            _task_step(self, exc)
        return
    try:
        future.result()
    except BaseException as exc:
        _task_step(self, exc)
    else:
        _task_step(self, None)


def _register_task(task):
    _all_tasks[task] = None


def _unregister_task(task):
    _all_tasks.pop(task, None)


def _enter_task(loop, task):
    if loop._current_task is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {loop._current_task!r} is being executed.")
    loop._current_task = task


def _leave_task(loop, task):
    if loop._current_task is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {loop._current_task!r}.")
    loop._current_task = None


def current_task(loop=None):
    """The task running now, or None."""
    if loop is None:
        loop = events.get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    """The set of not-yet-finished tasks of the loop."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks) if t._loop is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine as a Task on the running loop."""
    loop = events.get_running_loop()
    if getattr(loop, '_plain_create_task', False) and loop._task_factory is None:
        # BaseEventLoop.create_task, without binding its keyword arguments
        if loop._closed:
            raise RuntimeError('Event loop is closed')
        return _new_task(coro, loop, name, context)
    return loop.create_task(coro, name=name, context=context)


@_coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or awaitable in a Task; Futures are returned as they are."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = events.get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(type(coro_or_future), '__await__'):
        if loop is None:
            loop = events.get_event_loop()
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def _sleep0():
    yield


# awaitable, as types.coroutine makes it: sleep(0) awaits it directly
_coro.mark_function(_sleep0)


async def sleep(delay, result=None):
    """Suspend the current task for delay seconds; returns result."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = events.get_running_loop()
    fut = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        h.cancel()


class _GatheringFuture(futures.Future):
    __slots__ = ('_children', '_cancel_requested')

    def __init__(self, children, *, loop):
        futures.Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; a Future of the list of their results, in order."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    state = [0, None]  # finished count, outer
    children = []
    arg_to_fut = {}
    done_futs = []
    loop = None

    def _done_callback(fut):
        state[0] += 1
        outer = state[1]
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    msg = f._cancel_message
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    nfuts = 0
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            nfuts += 1
            arg_to_fut[arg] = fut
            if fut.done():
                done_futs.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    state[1] = outer
    for fut in done_futs:
        _done_callback(fut)
    return outer


def shield(arg):
    """Protect an awaitable from cancellation of the awaiting task."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


@_coroutine
def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for futures/tasks; returns the (done, pending) sets."""
    if futures.isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    waiter = loop.create_future()
    handle = [None]
    if timeout is not None:
        handle[0] = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if handle[0] is not None:
                handle[0].cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        yield from waiter.__await__()
    finally:
        if handle[0] is not None:
            handle[0].cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


@_coroutine
def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()

    def _cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(_cb)
    try:
        fut.cancel()
        yield from waiter.__await__()
    finally:
        fut.remove_done_callback(_cb)


def _await_gen(aw):
    return (yield from aw.__await__())


@_coroutine
def wait_for(fut, timeout):
    """Await fut with a timeout; TimeoutError (fut cancelled) if it takes longer."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        yield from _cancel_and_wait(fut).__await__()
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError from exc
    cm = timeouts.timeout(timeout)
    yield from cm.__aenter__().__await__()
    try:
        res = yield from _await_gen(fut)
    except BaseException as e:
        if not (yield from cm.__aexit__(type(e), e, None).__await__()):
            raise
        return None
    yield from cm.__aexit__(None, None, None).__await__()
    return res


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the results in the order they complete."""
    # a generator, like CPython's: argument errors appear on first iteration
    if futures.isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = events.get_event_loop()
    todo = {}
    for f in fs:
        todo[ensure_future(f, loop=loop)] = None
    done = Queue()
    handle = [None]

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        del todo[f]
        done.put_nowait(f)
        if not todo and handle[0] is not None:
            handle[0].cancel()

    @_coroutine
    def _wait_for_one():
        f = yield from done.get().__await__()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        handle[0] = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()
