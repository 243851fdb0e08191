"""Names for built-in types and dynamic class creation (written for Molt)."""

import sys
import _coro

__all__ = ['FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'MappingProxyType', 'NoneType',
           'EllipsisType', 'NotImplementedType', 'SimpleNamespace', 'CellType',
           'GenericAlias', 'UnionType', 'new_class', 'prepare_class',
           'resolve_bases', 'get_original_bases', 'MethodWrapperType',
           'WrapperDescriptorType', 'MethodDescriptorType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'ClassMethodDescriptorType', 'GeneratorType',
           'CoroutineType', 'AsyncGeneratorType', 'coroutine']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _cell():
    a = 1

    def inner():
        return a
    return inner.__closure__[0]


CellType = type(_cell())


class _C:
    __slots__ = ('_s',)

    def _m(self):
        pass


MethodType = type(_C()._m)
MemberDescriptorType = type(_C.__dict__['_s'])
del _C

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(FunctionType.__dict__['__code__']) if '__code__' in FunctionType.__dict__ \
    else type(type.__dict__['__dict__'])
GenericAlias = type(list[int])


def _gen():
    yield 1


async def _coro_fn():
    pass


async def _agen():
    yield 1


GeneratorType = type(_gen())
_c = _coro_fn()
CoroutineType = type(_c)
_c.close()
AsyncGeneratorType = type(_agen())
del _gen, _coro_fn, _agen, _c


def coroutine(func):
    """Makes a generator function's generators usable with `await`."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        # Marks the function itself (CPython flags its code): no wrapper.
        return _coro.mark_function(func)

    def wrapped(*args, **kwargs):
        g = func(*args, **kwargs)
        if type(g) is GeneratorType:
            return _coro.mark_iterable(g)
        return g

    for a in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, a, getattr(func, a))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped
UnionType = type(int | str)


class SimpleNamespace:
    """An object whose attributes are its keyword arguments."""

    __molt_tp_name__ = 'types.SimpleNamespace'  # CPython's C type name, in messages

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            items = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = set()


def resolve_bases(bases):
    """The bases with each __mro_entries__ object replaced by what it returns."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, kwds) for a class about to be created."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Builds a class as a class statement would (metaclass, namespace, body)."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def get_original_bases(cls, /):
    """The bases as written in the class statement (before __mro_entries__)."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None
