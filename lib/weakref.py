"""Weak references (molt): the reference type is native (_weakref); the
containers and finalize are written here over it.

Molt frees objects by reference counting, so a referent dies (and its
callbacks run) exactly where CPython's would. The containers' callbacks hold
only a weak reference to the container, so they never keep it alive.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs, _register_exit

__all__ = ["ref", "ReferenceType", "getweakrefcount", "getweakrefs", "WeakMethod", "proxy",
           "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakKeyDictionary", "WeakValueDictionary", "WeakSet", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: dead once the object or the
    function dies; calling it rebuilds the bound method."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class _Guard:
    """Defers removals while a container is being iterated."""

    def __init__(self, owner):
        self.owner = owner

    def __enter__(self):
        self.owner._iterating += 1
        return self

    def __exit__(self, *exc):
        o = self.owner
        o._iterating -= 1
        if o._iterating == 0 and o._pending:
            o._commit()
        return False


class WeakValueDictionary:
    """A mapping whose values are weakly referenced."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._pending = []
        self._iterating = 0
        self._selfref = ref(self)
        self.update(other, **kw)

    def _ref(self, key, value):
        selfref = self._selfref

        def remove(wr):
            d = selfref()
            if d is None:
                return
            if d._iterating:
                d._pending.append((key, wr))
            elif d.data.get(key) is wr:
                del d.data[key]

        return ref(value, remove)

    def _commit(self):
        pending, self._pending = self._pending, []
        for key, wr in pending:
            if self.data.get(key) is wr:
                del self.data[key]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        if self._pending:
            self._commit()
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        if self._pending:
            self._commit()
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        if self._pending:
            self._commit()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __iter__(self):
        with _Guard(self):
            for k, wr in list(self.data.items()):
                if wr() is not None:
                    yield k

    def keys(self):
        # A generator of its own, as CPython's (its __name__ is 'keys').
        with _Guard(self):
            for k, wr in list(self.data.items()):
                if wr() is not None:
                    yield k

    def items(self):
        with _Guard(self):
            for k, wr in list(self.data.items()):
                v = wr()
                if v is not None:
                    yield k, v

    def values(self):
        with _Guard(self):
            for wr in list(self.data.values()):
                v = wr()
                if v is not None:
                    yield v

    def itervaluerefs(self):
        with _Guard(self):
            yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        if self._pending:
            self._commit()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        if self._pending:
            self._commit()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for k, v in other.items():
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self._pending = []
        self.data.clear()

    def copy(self):
        new = type(self)()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "items"):
            c = type(self)()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """A mapping whose keys are weakly referenced."""

    def __init__(self, dict=None):
        self.data = {}
        self._pending = []
        self._iterating = 0
        selfref = ref(self)

        def remove(k):
            d = selfref()
            if d is None:
                return
            if d._iterating:
                d._pending.append(k)
            else:
                try:
                    del d.data[k]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _commit(self):
        pending, self._pending = self._pending, []
        for k in pending:
            try:
                del self.data[k]
            except KeyError:
                pass

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        if self._pending:
            self._commit()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __iter__(self):
        with _Guard(self):
            for wr in list(self.data):
                o = wr()
                if o is not None:
                    yield o

    def keys(self):
        return iter(self)

    def items(self):
        with _Guard(self):
            for wr, v in list(self.data.items()):
                o = wr()
                if o is not None:
                    yield o, v

    def values(self):
        with _Guard(self):
            for wr, v in list(self.data.items()):
                if wr() is not None:
                    yield v

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        try:
            return self.data.get(ref(key), default)
        except TypeError:
            return default

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for k, v in dict.items():
                self[k] = v
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self._pending = []
        self.data.clear()

    def copy(self):
        new = type(self)()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet:
    """A set of weakly referenced objects."""

    def __init__(self, data=None):
        self.data = set()
        self._pending = []
        self._iterating = 0
        selfref = ref(self)

        def remove(wr):
            s = selfref()
            if s is None:
                return
            if s._iterating:
                s._pending.append(wr)
            else:
                s.data.discard(wr)

        self._remove = remove
        if data is not None:
            self.update(data)

    def _commit(self):
        pending, self._pending = self._pending, []
        for wr in pending:
            self.data.discard(wr)

    def __iter__(self):
        with _Guard(self):
            for wr in list(self.data):
                o = wr()
                if o is not None:
                    yield o

    def __len__(self):
        if self._pending:
            self._commit()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def add(self, item):
        if self._pending:
            self._commit()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._pending = []
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def pop(self):
        if self._pending:
            self._commit()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            o = wr()
            if o is not None:
                return o

    def remove(self, item):
        if self._pending:
            self._commit()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending:
            self._commit()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending:
            self._commit()
        for o in other:
            self.add(o)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending:
            self._commit()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending:
            self._commit()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending:
            self._commit()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return type(self)(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class _FinalizeInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """Calls func(*args, **kwargs) once obj dies (or when called first).

    Finalizers still alive at exit run then (newest first) unless their
    atexit attribute was cleared, as CPython's atexit hook does.
    """

    __slots__ = ("__weakref__",)
    _registry = {}
    _counter = [0]
    _exit_registered = [False]

    @classmethod
    def _exitfunc(cls):
        pending = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        pending.sort()
        while pending:
            f = pending.pop()[1]
            f()

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_registered[0]:
            _register_exit(finalize._exitfunc)
            finalize._exit_registered[0] = True
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter[0] += 1
        info.index = finalize._counter[0]
        finalize._registry[self] = info

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))


def _unwrap(p):
    o = object.__getattribute__(p, "_ref")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


def _other(x):
    return _unwrap(x) if isinstance(x, ProxyTypes) else x


class _Proxy:
    # The methods of both proxy types; ProxyType and CallableProxyType are
    # built below from copies of this namespace, so, as in CPython, neither
    # derives from the other and both have object as their only base.

    __slots__ = ("_ref",)

    def _setup(self, obj, callback):
        if callback is None:
            r = ref(obj)
        else:
            selfref = [None]

            def cb(_r):
                p = selfref[0]
                callback(p)

            r = ref(obj, cb)
            selfref[0] = self
        object.__setattr__(self, "_ref", r)

    def __getattribute__(self, name):
        return getattr(_unwrap(self), name)

    def __setattr__(self, name, value):
        setattr(_unwrap(self), name, value)

    def __delattr__(self, name):
        delattr(_unwrap(self), name)

    def __repr__(self):
        # CPython 3.12's format; a dead referent shows as None.
        o = object.__getattribute__(self, "_ref")()
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_unwrap(self))

    def __bytes__(self):
        return bytes(_unwrap(self))

    def __bool__(self):
        return bool(_unwrap(self))

    def __len__(self):
        return len(_unwrap(self))

    def __iter__(self):
        return iter(_unwrap(self))

    def __next__(self):
        return next(_unwrap(self))

    def __reversed__(self):
        return reversed(_unwrap(self))

    def __contains__(self, item):
        return item in _unwrap(self)

    def __getitem__(self, k):
        return _unwrap(self)[k]

    def __setitem__(self, k, v):
        _unwrap(self)[k] = v

    def __delitem__(self, k):
        del _unwrap(self)[k]

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __eq__(self, o):
        return _unwrap(self) == _other(o)

    def __ne__(self, o):
        return _unwrap(self) != _other(o)

    def __lt__(self, o):
        return _unwrap(self) < _other(o)

    def __le__(self, o):
        return _unwrap(self) <= _other(o)

    def __gt__(self, o):
        return _unwrap(self) > _other(o)

    def __ge__(self, o):
        return _unwrap(self) >= _other(o)

    def __add__(self, o):
        return _unwrap(self) + _other(o)

    def __radd__(self, o):
        return _other(o) + _unwrap(self)

    def __sub__(self, o):
        return _unwrap(self) - _other(o)

    def __rsub__(self, o):
        return _other(o) - _unwrap(self)

    def __mul__(self, o):
        return _unwrap(self) * _other(o)

    def __rmul__(self, o):
        return _other(o) * _unwrap(self)

    def __truediv__(self, o):
        return _unwrap(self) / _other(o)

    def __rtruediv__(self, o):
        return _other(o) / _unwrap(self)

    def __floordiv__(self, o):
        return _unwrap(self) // _other(o)

    def __mod__(self, o):
        return _unwrap(self) % _other(o)

    def __pow__(self, o):
        return _unwrap(self) ** _other(o)

    def __neg__(self):
        return -_unwrap(self)

    def __pos__(self):
        return +_unwrap(self)

    def __abs__(self):
        return abs(_unwrap(self))

    def __int__(self):
        return int(_unwrap(self))

    def __float__(self):
        return float(_unwrap(self))

    def __index__(self):
        return _unwrap(self).__index__()

    def __iadd__(self, o):
        obj = _unwrap(self)
        obj += _other(o)
        return self


    def __call__(self, *args, **kwargs):
        return _unwrap(self)(*args, **kwargs)


def _proxy_type(name, callable_):
    ns = {}
    for k, v in _Proxy.__dict__.items():
        if k in ("__dict__", "__weakref__", "__slots__", "_ref", "__module__",
                 "__qualname__", "__doc__", "_setup"):
            continue
        if k == "__call__" and not callable_:
            continue
        ns[k] = v
    full = "weakref." + name

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % full)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '%s' is not an acceptable base type" % full)

    ns["__new__"] = staticmethod(__new__)
    ns["__init_subclass__"] = classmethod(__init_subclass__)
    ns["__slots__"] = ("_ref",)
    ns["__module__"] = "weakref"
    ns["__molt_tp_name__"] = full  # the C type's name, in messages
    return type(name, (), ns)


ProxyType = _proxy_type("ProxyType", False)
CallableProxyType = _proxy_type("CallableProxyType", True)


def proxy(obj, callback=None, /):
    """A proxy to obj: attribute access and operators forward to it while it lives."""
    p = object.__new__(CallableProxyType if callable(obj) else ProxyType)
    _Proxy._setup(p, obj, callback)
    return p


ProxyTypes = (ProxyType, CallableProxyType)
