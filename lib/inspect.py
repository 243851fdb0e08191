"""inspect (written for Molt): the type predicates, getmro and cleandoc.

Compiled functions have no code objects; what CPython reads from
`__code__.co_flags` comes from the function's static description instead
(`_coro.code_flags`: generator, coroutine, async generator, varargs).
"""

from _coro import code_flags as _code_flags
from types import (FunctionType as _FunctionType, MethodType as _MethodType,
                   GeneratorType as _GeneratorType, CoroutineType as _CoroutineType,
                   AsyncGeneratorType as _AsyncGeneratorType, ModuleType as _ModuleType,
                   BuiltinFunctionType as _BuiltinFunctionType,
                   MemberDescriptorType as _MemberDescriptorType,
                   GetSetDescriptorType as _GetSetDescriptorType)

__all__ = ['CO_VARARGS', 'CO_VARKEYWORDS', 'CO_GENERATOR', 'CO_COROUTINE',
           'CO_ITERABLE_COROUTINE', 'CO_ASYNC_GENERATOR', 'isclass', 'isfunction',
           'ismethod', 'isgenerator', 'iscoroutine', 'isasyncgen',
           'isgeneratorfunction', 'iscoroutinefunction', 'isasyncgenfunction',
           'markcoroutinefunction', 'ismodule', 'isbuiltin', 'isroutine', 'ismethoddescriptor', 'isdatadescriptor', 'ismemberdescriptor',
           'isgetsetdescriptor', 'isawaitable', 'isabstract', 'getmro', 'cleandoc']

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


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, _ModuleType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, _BuiltinFunctionType)


def _plain_callable(object):
    return isclass(object) or ismethod(object) or isfunction(object)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor: it has __get__
    and no __set__ (and is not a class, method or function)."""
    if _plain_callable(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (__set__ or
    __delete__; not a class, method or function)."""
    if _plain_callable(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, _MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, _GetSetDescriptorType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    # (A bound slot method such as object().__str__ is a builtin method in
    # Molt, not a method-wrapper: there is no ismethodwrapper yet.)
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    if isinstance(object, _CoroutineType):
        return True
    # Imported here: asyncio imports inspect and keeps clear of collections.
    from collections.abc import Awaitable
    return isinstance(object, Awaitable)


def isabstract(object):
    """Return true if the object is an abstract base class (a class with
    abstract methods left)."""
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', ()))


def getmro(cls):
    """Return the tuple of cls and its bases, in method resolution order."""
    return cls.__mro__


def cleandoc(doc):
    """Clean up the indentation of a docstring: tabs expanded, the first
    line's leading blanks removed, the common indentation of the other lines
    removed, and blank lines at the start and end dropped."""
    lines = doc.expandtabs().split('\n')
    indent = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            width = len(line) - content
            if indent is None or width < indent:
                indent = width
    lines[0] = lines[0].lstrip()
    if indent is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][indent:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)
