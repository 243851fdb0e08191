"""Event loop handles, the running-loop state and loop access (written for Molt)."""

import sys

__all__ = ("AbstractEventLoop", "Handle", "TimerHandle", "get_event_loop",
           "set_event_loop", "new_event_loop", "get_running_loop",
           "_get_running_loop", "_set_running_loop")


def _format_callback(cb, args):
    name = getattr(cb, '__qualname__', None)
    if name is None:
        name = repr(cb)
    return name + '(' + ', '.join([repr(a) for a in args]) + ')'


class Handle:
    """A callback scheduled by call_soon."""

    __slots__ = ('_callback', '_args', '_loop', '_cancelled', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._context = context

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return '<' + ' '.join(info) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled by call_later / call_at."""

    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __repr__(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        info.append(f'when={self._when}')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return '<' + ' '.join(info) + '>'

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def when(self):
        return self._when


class AbstractEventLoop:
    """Abstract event loop."""


class _State:
    running_loop = None
    current_loop = None
    set_called = False
    loop_factory = None


def _get_running_loop():
    """The running event loop or None."""
    return _State.running_loop


def _set_running_loop(loop):
    _State.running_loop = loop


def get_running_loop():
    """Return the running event loop; RuntimeError if there is none."""
    loop = _State.running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def new_event_loop():
    """A new event loop."""
    return _State.loop_factory()


def set_event_loop(loop):
    """Set the current event loop (used when no loop is running)."""
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                        f"'{type(loop).__name__}'")
    _State.set_called = True
    _State.current_loop = loop


def get_event_loop():
    """The running loop, else the current loop (created on first use)."""
    loop = _State.running_loop
    if loop is not None:
        return loop
    if _State.current_loop is None:
        if _State.set_called:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % 'MainThread')
        _State.current_loop = new_event_loop()
    return _State.current_loop


def _default_exception_handler(context):
    message = context.get('message')
    if not message:
        message = 'Unhandled exception in event loop'
    lines = [message]
    for key in sorted(context):
        if key in ('message', 'exception'):
            continue
        lines.append(f'{key}: {context[key]!r}')
    exc = context.get('exception')
    if exc is not None:
        t = type(exc)
        name = t.__qualname__
        mod = t.__module__
        if mod not in ('builtins', '__main__', None):
            name = mod + '.' + name
        text = str(exc)
        lines.append('Traceback (most recent call last):')
        lines.append(name + ': ' + text if text else name)
    sys.stderr.write('\n'.join(lines) + '\n')
