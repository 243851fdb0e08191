"""Weak references (molt): the reference type is native (_weakref); the
containers and finalize are written here over it.

Molt frees objects by reference counting, so a referent dies (and its
callbacks run) exactly where CPython's would. The containers' callbacks hold
only a weak reference to the container, so they never keep it alive.
"""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs, _register_exit

__all__ = ["ref", "ReferenceType", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "WeakValueDictionary", "WeakSet", "finalize"]


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
        return iter(self)

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
