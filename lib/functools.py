"""Higher-order functions and operations on callables (Molt's own implementation).

Written from the documented behaviour of CPython 3.12's functools; no
generators (iterator classes where needed).
"""

from collections import namedtuple as _namedtuple

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        try:
            src = getattr(wrapped, attr)
        except AttributeError:
            continue
        getattr(wrapper, attr).update(src)
    wrapper.__wrapped__ = wrapped
    return wrapper


class _Wraps:
    __slots__ = ('wrapped', 'assigned', 'updated')

    def __init__(self, wrapped, assigned, updated):
        self.wrapped = wrapped
        self.assigned = assigned
        self.updated = updated

    def __call__(self, wrapper):
        return update_wrapper(wrapper, self.wrapped, self.assigned, self.updated)


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return _Wraps(wrapped, assigned, updated)


# ---------------------------------------------------------------------------
# reduce

class _NoInitial:
    pass


_initial_missing = _NoInitial()


def reduce(*args):
    """reduce(function, iterable[, initial]) -> value"""
    n = len(args)
    if n < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {n}')
    if n > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {n}')
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if n == 3:
        value = args[2]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------------------
# partial, partialmethod

class partial:
    """New function with partial application of the given arguments and keywords."""

    __molt_tp_name__ = 'functools.partial'  # CPython's C type name, in messages

    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        # CPython shows the type's tp_name: "functools.partial" for partial
        # itself, the bare class name for a subclass.
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        parts = [repr(self.func)]
        for x in self.args:
            parts.append(repr(x))
        for k, v in self.keywords.items():
            parts.append(f'{k}={v!r}')
        return f'{name}({", ".join(parts)})'

    def __get__(self, obj, objtype=None):
        return self

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None,
                                          self.__dict__ or None)


class _PartialMethodBound:
    __slots__ = ('pm', 'obj')

    def __init__(self, pm, obj):
        self.pm = pm
        self.obj = obj

    def __call__(self, /, *args, **keywords):
        pm = self.pm
        keywords = {**pm.keywords, **keywords}
        return pm.func(self.obj, *pm.args, *args, **keywords)


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        for x in self.args:
            parts.append(repr(x))
        for k, v in self.keywords.items():
            parts.append(f'{k}={v!r}')
        cls = type(self)
        return f'{cls.__module__}.{cls.__qualname__}({", ".join(parts)})'

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if isinstance(self.func, (staticmethod, classmethod)) or (
                get is not None and not _is_plain_function(self.func)):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
                return result
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _plain():
    pass


def _is_plain_function(f):
    return type(f) is type(_plain)


# ---------------------------------------------------------------------------
# lru_cache, cache

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                         module='functools')


class _KwdMark:
    pass


_kwd_mark = _KwdMark()
_fasttypes = (int, str)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key = list(args)
        key.append(_kwd_mark)
        for item in kwds.items():
            key.extend(item)
        key = tuple(key)
    if typed:
        extra = [type(v) for v in args]
        if kwds:
            extra.extend([type(v) for v in kwds.values()])
        key = key + tuple(extra)
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return ('$k', key)


class _lru_cache_wrapper:
    __molt_tp_name__ = 'functools._lru_cache_wrapper'  # CPython's C type name, in messages

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in cache:
            return result
        cache[key] = result
        if maxsize is not None and len(cache) > maxsize:
            del cache[next(iter(cache))]
        return result

    def cache_info(self):
        """Report cache statistics"""
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._cache.clear()
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _LruDecorator:
    __slots__ = ('maxsize', 'typed')

    def __init__(self, maxsize, typed):
        self.maxsize = maxsize
        self.typed = typed

    def __call__(self, user_function):
        return _lru_cache_wrapper(user_function, self.maxsize, self.typed)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return _LruDecorator(maxsize, typed)


def cache(user_function, /):
    """Simple lightweight unbounded cache.  Sometimes called "memoize"."""
    return _lru_cache_wrapper(user_function, None, False)


# ---------------------------------------------------------------------------
# total_ordering

def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _defines(cls, name):
    for c in cls.__mro__:
        if c is object:
            return False
        if name in c.__dict__:
            return c.__dict__[name] is not None
    return False


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


# ---------------------------------------------------------------------------
# cmp_to_key

class KeyWrapper:
    __molt_tp_name__ = 'functools.KeyWrapper'  # CPython's C type name, in messages

    __slots__ = ('obj', 'cmp')

    def __init__(self, obj, cmp=None):
        self.obj = obj
        self.cmp = cmp

    def _other(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self.cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, self._other(other)) == 0

    def __le__(self, other):
        return self.cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, self._other(other)) >= 0

    def __hash__(self):
        # CPython's C type is unhashable under its dotted tp_name.
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


class _CmpToKey:
    __slots__ = ('cmp',)

    def __init__(self, cmp):
        self.cmp = cmp

    def __call__(self, obj):
        return KeyWrapper(obj, self.cmp)


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return _CmpToKey(mycmp)


# ---------------------------------------------------------------------------
# cached_property

class _NotFound:
    pass


_NOT_FOUND = _NotFound()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val


# ---------------------------------------------------------------------------
# singledispatch

class _SingleDispatch:
    def __init__(self, func):
        self.registry = {object: func}
        self._cache = {}
        self._funcname = getattr(func, '__name__', 'singledispatch function')
        update_wrapper(self, func)

    def dispatch(self, cls):
        try:
            return self._cache[cls]
        except KeyError:
            pass
        registry = self.registry
        impl = None
        for c in cls.__mro__:
            if c in registry:
                impl = registry[c]
                break
            # classes registered for an ABC the MRO does not name
            for k in registry:
                if k is not object and k not in cls.__mro__ and _is_abc(k) and issubclass(c, k):
                    impl = registry[k]
                    break
            if impl is not None:
                break
        if impl is None:
            impl = registry[object]
        self._cache[cls] = impl
        return impl

    def register(self, cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return _Register(self, cls)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class '
                                'or union type.')
            ann = getattr(cls, '__annotations__', None)
            if not ann:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    'Use either `@register(some_class)` or plain `@register` '
                    'on an annotated function.')
            func = cls
            argname, cls = next(iter(ann.items()))
            if not _is_valid_dispatch_type(cls):
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union(cls):
            for arg in cls.__args__:
                self.registry[arg] = func
        else:
            self.registry[cls] = func
        self._cache.clear()
        return func

    def __call__(self, /, *args, **kw):
        if not args:
            raise TypeError(f'{self._funcname} requires at least 1 positional argument')
        return self.dispatch(args[0].__class__)(*args, **kw)

    def _clear_cache(self):
        self._cache.clear()

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return partial(self, obj)


class _Register:
    __slots__ = ('sd', 'cls')

    def __init__(self, sd, cls):
        self.sd = sd
        self.cls = cls

    def __call__(self, func):
        return self.sd.register(self.cls, func)


def _is_abc(cls):
    return hasattr(type(cls), 'register') and isinstance(cls, type) and type(cls) is not type


def _is_union(cls):
    return type(cls).__name__ in ('UnionType', 'Union') and hasattr(cls, '__args__')


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    if _is_union(cls):
        for arg in cls.__args__:
            if not isinstance(arg, type):
                return False
        return True
    return False


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    return _SingleDispatch(func)


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        return _SDMethodBound(self, obj, cls)


class _SDMethodBound:
    __slots__ = ('sdm', 'obj', 'cls')

    def __init__(self, sdm, obj, cls):
        self.sdm = sdm
        self.obj = obj
        self.cls = cls

    def __call__(self, /, *args, **kwargs):
        if not args:
            raise TypeError(f'{self.sdm.dispatcher._funcname} requires at least 1 '
                            'positional argument')
        method = self.sdm.dispatcher.dispatch(args[0].__class__)
        return method.__get__(self.obj, self.cls)(*args, **kwargs)
