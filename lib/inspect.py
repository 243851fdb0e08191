"""inspect (written for Molt): the type predicates only.

Compiled functions have no code objects; what CPython reads from
`__code__.co_flags` comes from the function's static description instead
(`_coro.code_flags`: generator, coroutine, async generator, varargs).
"""

from _coro import code_flags as _code_flags
from types import (FunctionType as _FunctionType, MethodType as _MethodType,
                   GeneratorType as _GeneratorType, CoroutineType as _CoroutineType,
                   AsyncGeneratorType as _AsyncGeneratorType)

__all__ = ['CO_VARARGS', 'CO_VARKEYWORDS', 'CO_GENERATOR', 'CO_COROUTINE',
           'CO_ITERABLE_COROUTINE', 'CO_ASYNC_GENERATOR', 'isclass', 'isfunction',
           'ismethod', 'isgenerator', 'iscoroutine', 'isasyncgen',
           'isgeneratorfunction', 'iscoroutinefunction', 'isasyncgenfunction',
           'markcoroutinefunction']

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, _FunctionType)


def ismethod(object):
    """Return true if the object is a bound method."""
    return isinstance(object, _MethodType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, _CoroutineType)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, _AsyncGeneratorType)


def _is_partial(f):
    # isinstance(f, functools.partial) without importing functools (a
    # partial exists only once functools is loaded)
    for c in type(f).__mro__:
        if c.__qualname__ == 'partial' and c.__module__ == 'functools':
            return True
    return False


def _unwrap(f):
    # Bound methods and functools.partial objects stand for the function they wrap.
    while not isinstance(f, _FunctionType):
        if isinstance(f, _MethodType):
            f = f.__func__
        elif _is_partial(f):
            f = f.func
        else:
            break
    return f


def _has_code_flag(f, flag):
    f = _unwrap(f)
    return isinstance(f, _FunctionType) and bool(_code_flags(f) & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Mark a function as a coroutine function for iscoroutinefunction()."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (`async def`)."""
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    return getattr(_unwrap(obj), '_is_coroutine_marker', None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)
