"""Coroutine helpers (written for Molt).

Library awaitables (sleep, Queue.get, Lock.acquire, ...) are generator
functions wrapped by `_coroutine`: calling one returns a `_Coro`, an object
with `__await__` and the send/throw/close protocol, so Tasks drive it like a
compiled coroutine and `await` delegates straight to its generator.
"""

__all__ = ("iscoroutinefunction", "iscoroutine")

import inspect


class _Coro:
    __slots__ = ('_gen', '_name')

    def __init__(self, gen, name):
        self._gen = gen
        self._name = name

    def __getattr__(self, attr):
        # names computed on demand: a Task creates many of these
        if attr == '__qualname__':
            return self._name
        if attr == '__name__':
            return self._name.rpartition('.')[2]
        raise AttributeError(f"'_Coro' object has no attribute '{attr}'")

    def __await__(self):
        return self._gen

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    def __repr__(self):
        return f"<coroutine object {self._name}>"


def _coroutine(genfunc):
    name = genfunc.__qualname__

    def wrapper(*args, **kwargs):
        return _Coro(genfunc(*args, **kwargs), name)

    wrapper.__name__ = genfunc.__name__
    wrapper.__qualname__ = name
    # CPython's counterparts are `async def` functions
    return inspect.markcoroutinefunction(wrapper)


_is_coroutine = object()


async def _probe():
    pass


_c = _probe()
_CoroutineType = type(_c)  # the type of compiled coroutines
_c.close()
del _c


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    t = type(obj)
    return t is _Coro or t is _CoroutineType


def iscoroutinefunction(func):
    """Return True if func is a coroutine function."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)
