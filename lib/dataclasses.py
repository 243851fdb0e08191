"""dataclasses for Molt.

Written for Molt from the documented behaviour of CPython 3.12's module.
Molt has no exec(), so the generated methods (__init__, __repr__, __eq__,
the orderings, __hash__, __setattr__/__delattr__ of frozen classes) are
closures over the class's field lists instead of compiled source text; they
reproduce CPython's results and error messages, including the argument
binding errors of the generated __init__.
"""


__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = type(type.__dict__)({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = type(type.__dict__)(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)

    def __class_getitem__(cls, item):
        return cls


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r},'
                f'match_args={self.match_args!r},'
                f'kw_only={self.kw_only!r},'
                f'slots={self.slots!r},'
                f'weakref_slot={self.weakref_slot!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------------
# Annotation classification (ClassVar, InitVar, KW_ONLY), also for string
# annotations (`from __future__ import annotations` or quoted types).

def _strip_prefix(s, names):
    s = s.strip()
    for n in names:
        if s == n or s.startswith(n + '['):
            return True
    return False


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return _strip_prefix(a_type, ('ClassVar', 'typing.ClassVar', 't.ClassVar'))
    if getattr(a_type, '_name', None) == 'ClassVar':
        return True
    origin = getattr(a_type, '__origin__', None)
    if origin is not None and getattr(origin, '_name', None) == 'ClassVar':
        return True
    return False


def _is_initvar(a_type):
    if a_type is InitVar or type(a_type) is InitVar:
        return True
    if isinstance(a_type, str):
        return _strip_prefix(a_type, ('InitVar', 'dataclasses.InitVar'))
    return False


def _is_kw_only(a_type):
    if a_type is KW_ONLY:
        return True
    if isinstance(a_type, str):
        s = a_type.strip()
        return s == 'KW_ONLY' or s == 'dataclasses.KW_ONLY'
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _set_qualname(cls, fn):
    try:
        fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    except (AttributeError, TypeError):
        pass
    return fn


# ---------------------------------------------------------------------------
# Argument binding for the generated __init__, with the messages CPython's
# interpreter gives for a function of the same signature.

def _quoted_names(names):
    q = [repr(n) for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return f'{q[0]} and {q[1]}'
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _missing_error(qualname, kind, names):
    n = len(names)
    s = '' if n == 1 else 's'
    return TypeError(f'{qualname}() missing {n} required {kind} argument{s}: '
                     f'{_quoted_names(names)}')


class _InitSpec:
    """The signature of a generated __init__ and how to fill the fields."""

    def __init__(self, qualname, pos_fields, kw_fields, self_name):
        self.qualname = qualname
        self.pos = pos_fields
        self.kw = kw_fields
        self.self_name = self_name
        self.pos_names = [f.name for f in pos_fields]
        self.kw_names = [f.name for f in kw_fields]
        index = {}
        i = 0
        for f in pos_fields:
            index[f.name] = i
            i += 1
        for f in kw_fields:
            index[f.name] = i
            i += 1
        self.index = index
        self.ndefaults = 0
        for f in pos_fields:
            if f.default is not MISSING or f.default_factory is not MISSING:
                self.ndefaults += 1

    def bind(self, args, kwargs):
        npos = len(self.pos)
        nall = npos + len(self.kw)
        values = [MISSING] * nall
        given = len(args)
        i = 0
        while i < given and i < npos:
            values[i] = args[i]
            i += 1
        for key in kwargs:
            j = self.index.get(key)
            if j is None:
                if key == self.self_name:
                    raise TypeError(f"{self.qualname}() got multiple values "
                                    f"for argument '{key}'")
                raise TypeError(f"{self.qualname}() got an unexpected keyword "
                                f"argument '{key}'")
            if values[j] is not MISSING:
                raise TypeError(f"{self.qualname}() got multiple values for "
                                f"argument '{key}'")
            values[j] = kwargs[key]
        if given > npos:
            argcount = npos + 1
            kwonly_given = 0
            j = npos
            while j < nall:
                if values[j] is not MISSING:
                    kwonly_given += 1
                j += 1
            if self.ndefaults:
                sig = f'from {argcount - self.ndefaults} to {argcount}'
                plural = 's'
            else:
                sig = f'{argcount}'
                plural = 's' if argcount != 1 else ''
            g = given + 1
            if kwonly_given:
                kwsig = (f" positional argument{'s' if g != 1 else ''} "
                         f"(and {kwonly_given} keyword-only "
                         f"argument{'s' if kwonly_given != 1 else ''})")
            else:
                kwsig = ''
            verb = 'was' if g == 1 and not kwonly_given else 'were'
            raise TypeError(f'{self.qualname}() takes {sig} positional '
                            f'argument{plural} but {g}{kwsig} {verb} given')
        missing = []
        j = 0
        for f in self.pos:
            if values[j] is MISSING:
                if f.default_factory is not MISSING:
                    values[j] = _HAS_DEFAULT_FACTORY
                elif f.default is not MISSING:
                    values[j] = f.default
                else:
                    missing.append(f.name)
            j += 1
        if missing:
            raise _missing_error(self.qualname, 'positional', missing)
        for f in self.kw:
            if values[j] is MISSING:
                if f.default_factory is not MISSING:
                    values[j] = _HAS_DEFAULT_FACTORY
                elif f.default is not MISSING:
                    values[j] = f.default
                else:
                    missing.append(f.name)
            j += 1
        if missing:
            raise _missing_error(self.qualname, 'keyword-only', missing)
        return values


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init,
               slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')
    names = [f.name for f in fields]
    self_name = '__dataclass_self__' if 'self' in names else 'self'
    spec = _InitSpec(f'{cls.__qualname__}.__init__', std_fields,
                     kw_only_fields, self_name)
    # Per field, in declaration order: (name, kind, position or value).
    # kind 0: assign the argument; 1: argument or factory(); 2: factory();
    # 3: the default (init=False in a slotted class).
    actions = []
    for f in fields:
        if f._field_type is not _FIELD:
            continue
        pos = spec.index.get(f.name) if f.init else None
        if f.default_factory is not MISSING:
            if f.init:
                actions.append((f.name, 1, pos, f.default_factory))
            else:
                actions.append((f.name, 2, None, f.default_factory))
        elif f.init:
            actions.append((f.name, 0, pos, None))
        elif slots and f.default is not MISSING:
            actions.append((f.name, 3, None, f.default))
    initvar_pos = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR and f.init:
            initvar_pos.append(spec.index[f.name])
        elif f._field_type is _FIELD_INITVAR:
            initvar_pos.append(-1)
    initvar_defaults = [f.default for f in fields
                        if f._field_type is _FIELD_INITVAR]
    setter = object.__setattr__

    # The receiver has a name no field can take, so that a field called
    # `self` arrives in kwargs like any other.
    def __init__(__dataclass_self__, *args, **kwargs):
        self = __dataclass_self__
        values = spec.bind(args, kwargs)
        for name, kind, pos, extra in actions:
            if kind == 0:
                value = values[pos]
            elif kind == 1:
                value = values[pos]
                if value is _HAS_DEFAULT_FACTORY:
                    value = extra()
            elif kind == 2:
                value = extra()
            else:
                value = extra
            if frozen:
                setter(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            post = []
            k = 0
            for p in initvar_pos:
                if p >= 0:
                    post.append(values[p])
                else:
                    post.append(initvar_defaults[k])
                k += 1
            self.__post_init__(*post)

    return __init__


def _make_repr(fields):
    repr_fields = [f.name for f in fields if f.repr]
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = []
            for name in repr_fields:
                parts.append(f'{name}={getattr(self, name)!r}')
            result = f"{self.__class__.__qualname__}({', '.join(parts)})"
        finally:
            running.discard(key)
        return result

    return __repr__


def _values(self, names):
    out = []
    for n in names:
        out.append(getattr(self, n))
    return tuple(out)


def _make_eq(names):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) == _values(other, names)
        return NotImplemented
    return __eq__


def _make_order(op, names):
    if op == '__lt__':
        def __lt__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, names) < _values(other, names)
            return NotImplemented
        return __lt__
    if op == '__le__':
        def __le__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, names) <= _values(other, names)
            return NotImplemented
        return __le__
    if op == '__gt__':
        def __gt__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, names) > _values(other, names)
            return NotImplemented
        return __gt__

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, names) >= _values(other, names)
        return NotImplemented
    return __ge__


def _make_hash(names):
    def __hash__(self):
        return hash(_values(self, names))
    return __hash__


def _make_frozen(cls, fields):
    names = set([f.name for f in fields])

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _hash_action(cls, field_list, unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class '
                            f'{cls.__name__}')
        return 'add'
    if eq and not has_explicit_hash:
        return 'add' if frozen else 'none'
    return None


def _type_text(t):
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return f'{t.__module__}.{t.__qualname__}'
    if isinstance(t, str):
        return repr(t)
    return repr(t)


def _signature_text(cls, std_fields, kw_fields):
    parts = []
    for f in std_fields:
        parts.append(_param_text(f))
    if kw_fields:
        parts.append('*')
        for f in kw_fields:
            parts.append(_param_text(f))
    return '(' + ', '.join(parts) + ')'


def _param_text(f):
    s = f'{f.name}: {_type_text(f.type)}'
    if f.default_factory is not MISSING:
        s += ' = <factory>'
    elif f.default is not MISSING:
        s += f' = {f.default!r}'
    return s


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash,
                                           frozen, match_args, kw_only, slots,
                                           weakref_slot))

    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    mro = cls.__mro__
    i = len(mro) - 1
    while i >= 1:
        b = mro[i]
        i -= 1
        base_fields = b.__dict__.get(_FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = getattr(b, _PARAMS).frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    kw_only_seen = False
    for name in cls_annotations:
        a_type = cls_annotations[name]
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name in list(cls.__dict__):
        value = cls.__dict__[name]
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type is _FIELD or
                       f._field_type is _FIELD_INITVAR]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        std_args = [f for f in std_init_fields if f.init]
        kw_args = [f for f in kw_only_init_fields if f.init]
        fn = _make_init(cls, all_init_fields, std_args, kw_args, frozen,
                        has_post_init, slots)
        _set_new_attribute(cls, '__init__', _set_qualname(cls, fn))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _set_qualname(cls, _make_repr(flds)))

    if eq:
        cmp_names = [f.name for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _set_qualname(cls, _make_eq(cmp_names)))

    if order:
        cmp_names = [f.name for f in field_list if f.compare]
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, op,
                                  _set_qualname(cls, _make_order(op, cmp_names))):
                raise TypeError(f'Cannot overwrite attribute {op} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        sa, da = _make_frozen(cls, field_list)
        if _set_new_attribute(cls, '__setattr__', _set_qualname(cls, sa)):
            raise TypeError(f'Cannot overwrite attribute __setattr__ '
                            f'in class {cls.__name__}')
        if _set_new_attribute(cls, '__delattr__', _set_qualname(cls, da)):
            raise TypeError(f'Cannot overwrite attribute __delattr__ '
                            f'in class {cls.__name__}')

    action = _hash_action(cls, field_list, unsafe_hash, eq, frozen,
                          has_explicit_hash)
    if action == 'add':
        hash_names = [f.name for f in field_list
                      if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _set_qualname(cls, _make_hash(hash_names))
    elif action == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        std_args = [f for f in std_init_fields if f.init]
        kw_args = [f for f in kw_only_init_fields if f.init]
        if not init:
            std_args = []
            kw_args = []
        try:
            cls.__doc__ = cls.__name__ + _signature_text(cls, std_args, kw_args)
        except (TypeError, ValueError):
            cls.__doc__ = ''

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple([f.name for f in std_init_fields]))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    return cls


def _base_slots(cls):
    seen = set()
    for c in cls.__mro__[1:-1]:
        slots = c.__dict__.get('__slots__', None)
        if slots is None:
            if '__dict__' in c.__dict__ or c.__dict__.get('__weakref__') is not None:
                pass
            continue
        if isinstance(slots, str):
            seen.add(slots)
        else:
            for s in slots:
                seen.add(s)
    return seen


def _add_slots(cls, is_frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple([f.name for f in fields(cls)])
    inherited = _base_slots(cls)
    slots = [n for n in field_names if n not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        slots.append('__weakref__')
    cls_dict['__slots__'] = tuple(slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in fs.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


_ATOMIC_TYPES = frozenset([type(None), bool, int, float, str, complex, bytes,
                           type(Ellipsis), type(NotImplemented), range,
                           property, type, type(len)])


def _deepcopy(obj, memo):
    t = type(obj)
    if t in _ATOMIC_TYPES or t is frozenset and not obj:
        return obj
    key = id(obj)
    if key in memo:
        return memo[key]
    if t is list:
        y = []
        memo[key] = y
        for v in obj:
            y.append(_deepcopy(v, memo))
        return y
    if t is tuple:
        y = tuple([_deepcopy(v, memo) for v in obj])
        if key in memo:
            return memo[key]
        return y
    if t is dict:
        y = {}
        memo[key] = y
        for k, v in obj.items():
            y[_deepcopy(k, memo)] = _deepcopy(v, memo)
        return y
    if t is set:
        y = set()
        memo[key] = y
        for v in obj:
            y.add(_deepcopy(v, memo))
        return y
    if t is frozenset:
        return frozenset([_deepcopy(v, memo) for v in obj])
    if t is bytearray:
        return bytearray(obj)
    dc = getattr(obj, '__deepcopy__', None)
    if dc is not None:
        y = dc(memo)
        memo[key] = y
        return y
    if callable(obj) and not hasattr(obj, '__dict__'):
        return obj
    y = t.__new__(t)
    memo[key] = y
    d = getattr(obj, '__dict__', None)
    if d is not None:
        for k, v in d.items():
            object.__setattr__(y, k, _deepcopy(v, memo))
    for c in t.__mro__:
        sl = c.__dict__.get('__slots__', ())
        if isinstance(sl, str):
            sl = (sl,)
        for s in sl:
            if s in ('__dict__', '__weakref__'):
                continue
            if hasattr(obj, s):
                object.__setattr__(y, s, _deepcopy(getattr(obj, s), memo))
    return y


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    t = type(obj)
    if t in _ATOMIC_TYPES:
        return obj
    if hasattr(t, _FIELDS):
        if dict_factory is dict:
            result = {}
            for f in fields(obj):
                result[f.name] = _asdict_inner(getattr(obj, f.name), dict)
            return result
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name),
                                                 dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return t(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return t([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        if hasattr(t, 'default_factory'):
            result = t(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return t([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                  for k, v in obj.items()])
    return _deepcopy(obj, {})


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    t = type(obj)
    if t in _ATOMIC_TYPES:
        return obj
    if hasattr(t, _FIELDS):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return t(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return t([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        if hasattr(t, 'default_factory'):
            result = t(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_astuple_inner(k, tuple_factory)] = _astuple_inner(v, tuple_factory)
            return result
        return t([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                  for k, v in obj.items()])
    return _deepcopy(obj, {})


_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async',
                       'await', 'break', 'class', 'continue', 'def', 'del',
                       'elif', 'else', 'except', 'finally', 'for', 'from',
                       'global', 'if', 'import', 'in', 'is', 'lambda',
                       'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
                       'try', 'while', 'with', 'yield'])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    if '__module__' not in ns:
        ns['__module__'] = module if module is not None else '__main__'
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
