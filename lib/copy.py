"""Shallow and deep copy operations (written for Molt).

copy(x) and deepcopy(x, memo) follow CPython 3.12's protocol: atomic types
are returned as they are, builtin containers are copied directly, a class's
__copy__/__deepcopy__ wins, then __reduce_ex__/__reduce__ when the class
defines one, else the default object reduction (a new instance from
cls.__new__, then __dict__ and __slots__ state, list items, dict items).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _f():
    pass


_FunctionType = type(_f)
_BuiltinType = type(len)
_NoneType = type(None)

_atomic_copy = {_NoneType, int, float, bool, complex, str, tuple, bytes, frozenset,
                type, range, slice, property, _BuiltinType, type(Ellipsis),
                type(NotImplemented), _FunctionType}

_atomic_deep = {_NoneType, type(Ellipsis), type(NotImplemented), int, float, bool,
                complex, bytes, str, type, range, _BuiltinType, _FunctionType,
                property}


def _defines(cls, name):
    # does a class of cls's MRO other than object define name?
    for c in cls.__mro__:
        if c is object:
            return False
        if name in c.__dict__:
            return True
    return False


_builtin_bases = (int, str, bytes, tuple, float, complex, frozenset)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        if c is object:
            break
        sl = c.__dict__.get('__slots__')
        if sl is None:
            continue
        if isinstance(sl, str):
            sl = (sl,)
        for name in sl:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            if name not in names:
                names.append(name)
    return names


def _default_state(x, cls):
    if _defines(cls, '__getstate__'):
        return x.__getstate__()
    d = None
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    if not d:
        d = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


def _default_reduce(x, cls):
    # (func, args, state, listitems, dictitems) like object.__reduce_ex__(4)
    if issubclass(cls, (set, frozenset)) and cls is not set and cls is not frozenset:
        return (cls, (list(x),), _default_state(x, cls), None, None)
    if issubclass(cls, (set, frozenset)):
        return (cls, (list(x),), None, None, None)
    if cls is bytearray:
        return (bytearray, (bytes(x),), None, None, None)
    if cls is slice:
        return (slice, (x.start, x.stop, x.step), None, None, None)
    args = (cls,)
    if _defines(cls, '__getnewargs__'):
        args = (cls,) + tuple(x.__getnewargs__())
    else:
        for b in _builtin_bases:
            if issubclass(cls, b):
                args = (cls, b(x))
                break
    listitems = list(x) if isinstance(x, list) else None
    dictitems = list(x.items()) if isinstance(x, dict) else None
    return (_newobj, args, _default_state(x, cls), listitems, dictitems)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x, cls):
    if _defines(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _defines(cls, '__reduce__'):
        return x.__reduce__()
    return _default_reduce(x, cls)


def copy(x):
    """A new object with the same contents (the contents are shared)."""
    cls = type(x)
    if cls in _atomic_copy:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


_nil = []


def deepcopy(x, memo=None, _nil=_nil):
    """A new object with recursively copied contents (memo maps id -> copy)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic_deep:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        same = True
        for k in range(len(x)):
            if items[k] is not x[k]:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
