"""typing as programs use it at run time, written for Molt.

Type hints are objects with CPython 3.12's reprs, equality, __origin__/
__args__/__parameters__, get_origin/get_args/get_type_hints; TypeVar and
Generic give subscriptable classes; Protocol with runtime_checkable,
NamedTuple and TypedDict (class syntax and functional forms) build real
classes. Static-only helpers (cast, overload, TYPE_CHECKING, ...) do what
they do at run time in CPython: almost nothing.
"""

import abc as _abc

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    if isinstance(obj, tuple):
        return "[" + ", ".join([_type_repr(a) for a in obj]) + "]"
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


class ForwardRef:
    """A string annotation kept for later evaluation."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


# ---------------------------------------------------------------------------
# Type variables


class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), with bound or constraints."""

    __molt_tp_name__ = 'typing.TypeVar'  # CPython's C type name, in messages

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self._constraints = tuple([_type_check(c, "") for c in constraints])
        self._bound = _type_check(bound, "") if bound is not None else None
        self._lazy_bound = None
        self._lazy_constraints = None
        self.__module__ = "typing"

    # A PEP 695 type parameter evaluates its bound or constraints on first
    # access (an error surfaces each time until one evaluation succeeds).
    @property
    def __bound__(self):
        if self._lazy_bound is not None:
            self._bound = self._lazy_bound()
            self._lazy_bound = None
        return self._bound

    @property
    def __constraints__(self):
        if self._lazy_constraints is not None:
            self._constraints = tuple(self._lazy_constraints())
            self._lazy_constraints = None
        return self._constraints

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ""
        elif self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        return arg


class TypeVarTuple(_TypeVarLike):
    """A variadic type variable: Ts = TypeVarTuple('Ts')."""

    __molt_tp_name__ = 'typing.TypeVarTuple'  # CPython's C type name, in messages

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        return iter([Unpack[self]])


class ParamSpecArgs:
    __molt_tp_name__ = 'typing.ParamSpecArgs'  # CPython's C type name, in messages

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    __molt_tp_name__ = 'typing.ParamSpecKwargs'  # CPython's C type name, in messages

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_TypeVarLike):
    """A parameter specification variable: P = ParamSpec('P')."""

    __molt_tp_name__ = 'typing.ParamSpec'  # CPython's C type name, in messages

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__


# ---------------------------------------------------------------------------
# Special forms and generic aliases


class _Final:
    __slots__ = ()


def _subst(args, params, values):
    mapping = dict(zip(params, values))
    out = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            out.append(mapping.get(a, a))
        elif isinstance(a, _GenericAlias) and a.__parameters__:
            out.append(a[tuple([mapping.get(p, p) for p in a.__parameters__])])
        elif isinstance(a, list):
            out.append(_subst(a, params, values))
        else:
            out.append(a)
    return tuple(out) if not isinstance(args, list) else list(out)


class _GenericAlias(_Final):
    """X[args] for a typing special form or a generic class."""

    __slots__ = ("__origin__", "__args__", "__parameters__", "_name", "_inst")

    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return f"{head}[()]"
        return f"{head}[{', '.join([_type_repr(a) for a in self.__args__])}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments"
                            f" for {self!r}; actual {len(args)}, expected {len(params)}")
        new = _subst(self.__args__, params, args)
        return self.copy_with(new)

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, inst=self._inst, name=self._name)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getattr__(self, attr):
        if attr in ("__origin__", "__args__", "_name", "_inst", "__parameters__"):
            raise AttributeError(attr)
        if not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _SpecialGenericAlias(_Final):
    """typing.List and friends: unsubscripted aliases of builtin classes."""

    __slots__ = ("__origin__", "_name", "_nparams", "_inst")

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple([_type_check(p, "") for p in params])
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments"
                            f" for {self!r}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, inst=self._inst, name=self._name)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __getattr__(self, attr):
        if attr in ("__origin__", "_name", "_nparams", "_inst"):
            raise AttributeError(attr)
        if not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)


class _CallableGenericAlias(_GenericAlias):
    __slots__ = ()

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        return (f"typing.Callable[[{', '.join([_type_repr(a) for a in args[:-1]])}], "
                f"{_type_repr(args[-1])}]")

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name="Callable")


class _CallableType(_SpecialGenericAlias):
    __slots__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., _type_check(result, ""))
        elif isinstance(args, (list, tuple)):
            flat = tuple([_type_check(a, "") for a in args]) + (_type_check(result, ""),)
        else:
            flat = (args, _type_check(result, ""))
        return _CallableGenericAlias(self.__origin__, flat, name="Callable")


class _TupleType(_SpecialGenericAlias):
    __slots__ = ()

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if params == ((),):
            return _GenericAlias(tuple, (), inst=False, name="Tuple")
        return _GenericAlias(tuple, tuple([p if p is ... else _type_check(p, "") for p in params]),
                             inst=False, name="Tuple")


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal, ..."""

    __slots__ = ("_name", "_getitem")

    def __init__(self, getitem, name):
        self._getitem = getitem
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, "")
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        elif type(p).__name__ == "UnionType":
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, "")
    return Union[arg, _NoneType]


class _UnionGenericAlias(_GenericAlias):
    __slots__ = ()

    def __init__(self, origin, args):
        super().__init__(origin, args, name="Union")

    def copy_with(self, params):
        return Union[params]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return f"typing.Union[{', '.join([_type_repr(a) for a in args])}]"

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any([isinstance(obj, a) for a in self.__args__])

    def __subclasscheck__(self, cls):
        return any([issubclass(cls, a) for a in self.__args__])


def _single_getitem(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f"{self} accepts only single type.")
    return _GenericAlias(self, (_type_check(parameters, ""),), name=self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, name="Literal")


class _LiteralGenericAlias(_GenericAlias):
    __slots__ = ()

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    __slots__ = ("__metadata__",)

    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), name=None)
        self.__metadata__ = metadata

    def __repr__(self):
        meta = ", ".join([repr(m) for m in self.__metadata__])
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {meta}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


Union = _SpecialForm(_union_getitem, "Union")
Optional = _SpecialForm(_optional_getitem, "Optional")
ClassVar = _SpecialForm(_single_getitem, "ClassVar")
Final = _SpecialForm(_single_getitem, "Final")
Literal = _SpecialForm(_literal_getitem, "Literal")
TypeGuard = _SpecialForm(_single_getitem, "TypeGuard")
Required = _SpecialForm(_single_getitem, "Required")
NotRequired = _SpecialForm(_single_getitem, "NotRequired")
Unpack = _SpecialForm(_single_getitem, "Unpack")
Concatenate = _SpecialForm(lambda self, p: _GenericAlias(self, p, name="Concatenate"),
                           "Concatenate")


class Annotated:
    """Annotated[T, x, ...]: T with context-specific metadata."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        return _annotated_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


NoReturn = _SpecialForm(None, "NoReturn")
Never = _SpecialForm(None, "Never")
Self = _SpecialForm(None, "Self")
LiteralString = _SpecialForm(None, "LiteralString")
TypeAlias = _SpecialForm(None, "TypeAlias")


# ---------------------------------------------------------------------------
# Generic


class Generic:
    """Base class for generic classes: class C(Generic[T]) makes C[int] valid."""

    __molt_tp_name__ = 'typing.Generic'  # CPython's C type name, in messages

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple([_type_check(p, "") for p in params])
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                    "variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params, name=cls.__name__)
        expected = getattr(cls, "__parameters__", ())
        if len(params) != len(expected):
            raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} arguments"
                            f" for {cls!r}; actual {len(params)}, expected {len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig = cls.__dict__.get("__orig_bases__", ())
        gvars = None
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if gvars is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                gvars = base.__parameters__
        tvars = _collect_parameters(orig)
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                s = ", ".join([str(t) for t in missing])
                raise TypeError(f"Some type variables ({s}) are not listed in Generic[...]")
            tvars = gvars
        cls.__parameters__ = tuple(tvars)


# Generic[T] in a base list stands for Generic (its __orig_bases__ keeps the alias);
# a generic class's alias stands for the class, plus Generic when nothing else
# brings it in.
def _alias_mro_entries(self, bases):
    res = []
    origin = self.__origin__
    if isinstance(origin, _SpecialForm):
        raise TypeError(f"Cannot subclass {self!r}")
    if origin is Generic:
        # A later generic alias (e.g. a PEP 695 class's implicit Generic[T])
        # brings Generic in; __init_subclass__ then sees both in __orig_bases__.
        seen = False
        for b in bases:
            if b is self:
                seen = True
            elif seen and isinstance(b, _GenericAlias):
                return ()
    res.append(origin)
    return tuple(res)


_GenericAlias.__mro_entries__ = _alias_mro_entries


# ---------------------------------------------------------------------------
# Protocol


def _get_protocol_attrs(cls):
    attrs = set()
    skip = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
            "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
            "__class_getitem__", "__parameters__", "__orig_bases__", "__qualname__",
            "__protocol_attrs__", "__non_callable_proto_members__", "__type_params__",
            "_is_protocol", "_is_runtime_protocol", "_abc_impl", "__init_subclass__",
            "__match_args__", "__firstlineno__", "__static_attributes__"}
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in skip:
                attrs.add(attr)
    return attrs


_reckless = False


class _ProtocolMeta(_abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_protocol", False):
            return super().__instancecheck__(instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        global _reckless
        _reckless = True
        try:
            if super().__instancecheck__(instance):
                return True
        finally:
            _reckless = False
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                break
            if val is None and attr not in cls.__non_callable_proto_members__:
                break
        else:
            return True
        return False

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if (getattr(cls, "_is_protocol", False) and not _reckless
                and not getattr(cls, "_is_runtime_protocol", False)):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if (getattr(cls, "_is_protocol", False) and not _reckless
                and cls.__non_callable_proto_members__
                and cls.__dict__.get("__subclasshook__") is _proto_hook):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        return super().__subclasscheck__(other)


@classmethod
def _proto_hook(cls, other):
    if not cls.__dict__.get("_is_protocol", False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any([b is Protocol for b in cls.__bases__])
        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        cls.__protocol_attrs__ = _get_protocol_attrs(cls)
        cls.__non_callable_proto_members__ = set()
        if cls._is_protocol and "__init__" not in cls.__dict__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Marks a protocol class usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls._is_protocol:
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        f" got {cls!r}")
    cls._is_runtime_protocol = True
    non_callable = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception:
            is_callable = False
        if not is_callable:
            non_callable.add(attr)
    cls.__non_callable_proto_members__ = non_callable
    return cls


# ---------------------------------------------------------------------------
# Functions


def cast(typ, val):
    """Returns val unchanged (the type is for static checkers)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Registers an @overload signature; calling it raises NotImplementedError."""
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if isinstance(tp, _UnionGenericAlias):
            return Union
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return getattr(tp, "__origin__", None) or type(tp)
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


# The builtins a string annotation may name (Molt has no `builtins` module object).
_builtin_names = {c.__name__: c for c in (int, float, complex, bool, str, bytes, bytearray,
                                          list, tuple, dict, set, frozenset, type, object,
                                          range, slice, memoryview, BaseException, Exception)}


def _eval_str(s, globalns, localns):
    s = s.strip()
    if localns and s in localns:
        return localns[s]
    if globalns is not None and s in globalns:
        return globalns[s]
    if s in _builtin_names:
        return _builtin_names[s]
    if "[" in s and s.endswith("]"):
        head, _, inner = s.partition("[")
        base = _eval_str(head, globalns, localns)
        parts = [_eval_str(p, globalns, localns) for p in _split_args(inner[:-1])]
        return base[tuple(parts) if len(parts) > 1 else parts[0]]
    if "." in s:
        head, _, attr = s.rpartition(".")
        return getattr(_eval_str(head, globalns, localns), attr)
    if s == "None":
        return None
    raise NameError(f"name '{s}' is not defined")


def _split_args(s):
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return parts


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        return _eval_hint(_eval_str(value, globalns, localns), globalns, localns)
    return value


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with strings and None
    evaluated (names are looked up in the defining module)."""
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            mod = sys.modules.get(base.__module__)
            g = globalns if globalns is not None else getattr(mod, "__dict__", {})
            loc = localns if localns is not None else dict(vars(base))
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, loc)
    else:
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        g = globalns
        if g is None:
            g = getattr(obj, "__globals__", None)
            if g is None:
                mod = sys.modules.get(getattr(obj, "__module__", None) or "")
                g = getattr(mod, "__dict__", {}) if mod is not None else getattr(
                    obj, "__dict__", {})
        for name, value in ann.items():
            hints[name] = _eval_hint(value, g, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(v) for k, v in hints.items()}


def NewType(name, tp):
    """A distinct name for tp for static checkers; calling it returns the argument."""
    return _NewType(name, tp)


class _NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        # CPython records the caller's module; Molt has no frames to read it from.
        self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        # The message names the class being defined: a stand-in base reports it
        # from __init_subclass__.
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{name} = NewType({name!r}, {superclass_name})`")

        return (Dummy,)


# ---------------------------------------------------------------------------
# NamedTuple


def _make_nmtuple(name, fields, defaults, module, annotations=None):
    fields = tuple(fields)
    nfields = len(fields)
    for f in fields:
        if f.startswith("_"):
            raise ValueError(f"Field names cannot start with an underscore: {f!r}")
    ndefaults = len(defaults)
    field_defaults = dict(zip(fields[nfields - ndefaults:], defaults))

    def __new__(_cls, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError(f"{name}.__new__() takes {nfields + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        values = list(args)
        for f in fields[len(args):]:
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in field_defaults:
                values.append(field_defaults[f])
            else:
                missing = [m for m in fields[len(values):]
                           if m not in kwargs and m not in field_defaults]
                if len(missing) == 1:
                    raise TypeError(f"{name}.__new__() missing 1 required positional "
                                    f"argument: '{missing[0]}'")
                quoted = ", ".join([f"'{m}'" for m in missing[:-1]])
                raise TypeError(f"{name}.__new__() missing {len(missing)} required "
                                f"positional arguments: {quoted} and '{missing[-1]}'")
        for k in kwargs:
            if k in fields:
                raise TypeError(f"{name}.__new__() got multiple values for argument '{k}'")
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{k}'")
        return tuple.__new__(_cls, values)

    def __repr__(self):
        inner = ", ".join([f"{f}={v!r}" for f, v in zip(fields, self)])
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, /, **kwds):
        values = [kwds.pop(f, v) for f, v in zip(fields, self)]
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return tuple.__new__(type(self), values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != nfields:
            raise TypeError(f"Expected {nfields} arguments, got {len(values)}")
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": _make,
        "__getnewargs__": __getnewargs__,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "__slots__": (),
        "__module__": module,
        "__annotations__": dict(annotations or {}),
    }
    for i, f in enumerate(fields):
        ns[f] = _TupleGetter(i, f"Alias for field number {i}")
    cls = type(name, (tuple,), ns)
    return cls


# A read-only field of a NamedTuple (item i of the tuple).
class _TupleGetter:
    __slots__ = ("index", "__doc__")

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                      "__orig_bases__", "__doc__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleBase and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                s = "s" if len(default_names) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{s} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.keys(), [ns[n] for n in default_names],
                               ns.get("__module__", "__main__"), types)
        nm_tpl.__qualname__ = ns.get("__qualname__", typename)
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__doc__" in ns:
            nm_tpl.__doc__ = ns["__doc__"]
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: NamedTuple('P', [('x', int)]) or class P(NamedTuple)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    fields = list(fields)
    import sys
    return _make_nmtuple(typename, [n for n, _ in fields], (), "__main__",
                         {n: _type_check(t, "") for n, t in fields})


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


_NamedTupleBase = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


# ---------------------------------------------------------------------------
# TypedDict


class _TypedDictMeta(type):
    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict"
                                " base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        for key, tp in own.items():
            tp = _type_check(tp, "")
            annotations[key] = tp
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with typed keys: TypedDict('P', {'x': int}) or class P(TypedDict)."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries
_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------------------
# Aliases of builtin and abstract classes


class _ProtoABC(metaclass=_abc.ABCMeta):
    """An ABC recognising classes that define all of _required (a stand-in
    for collections.abc's one-trick ponies)."""

    _required = ()

    @classmethod
    def __subclasshook__(cls, C):
        if not cls._required:
            return NotImplemented
        for attr in cls._required:
            for base in C.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return NotImplemented
                    break
            else:
                return NotImplemented
        return True


def _abc_class(name, required, bases=(_ProtoABC,), register=()):
    cls = _abc.ABCMeta(name, bases, {"_required": required, "__module__": "collections.abc"})
    for r in register:
        cls.register(r)
    return cls


_Hashable = _abc_class("Hashable", ("__hash__",))
_Awaitable = _abc_class("Awaitable", ("__await__",))
_AsyncIterable = _abc_class("AsyncIterable", ("__aiter__",))
_AsyncIterator = _abc_class("AsyncIterator", ("__aiter__", "__anext__"))
_Iterable = _abc_class("Iterable", ("__iter__",))
_Iterator = _abc_class("Iterator", ("__iter__", "__next__"), (_Iterable,))
_Reversible = _abc_class("Reversible", ("__reversed__", "__iter__"), (_Iterable,))
_Generator = _abc_class("Generator", ("__iter__", "__next__", "send", "throw", "close"),
                        (_Iterator,))
_Sized = _abc_class("Sized", ("__len__",))
_Container = _abc_class("Container", ("__contains__",))
_Callable = _abc_class("Callable", ("__call__",))
_Collection = _abc_class("Collection", ("__len__", "__iter__", "__contains__"),
                         (_Sized, _Iterable, _Container))
_Sequence = _abc_class("Sequence", (), (_Reversible, _Collection), (tuple, str, range, list))
_MutableSequence = _abc_class("MutableSequence", (), (_Sequence,), (list, bytearray))
_AbstractSet = _abc_class("Set", (), (_Collection,), (frozenset, set))
_MutableSet = _abc_class("MutableSet", (), (_AbstractSet,), (set,))
_Mapping = _abc_class("Mapping", (), (_Collection,))
_MutableMapping = _abc_class("MutableMapping", (), (_Mapping,), (dict,))
_Sequence.register(bytes)
_Sequence.register(memoryview)
_MappingView = _abc_class("MappingView", (), (_Sized,))
_KeysView = _abc_class("KeysView", (), (_MappingView, _AbstractSet), (type({}.keys()),))
_ItemsView = _abc_class("ItemsView", (), (_MappingView, _AbstractSet), (type({}.items()),))
_ValuesView = _abc_class("ValuesView", (), (_MappingView, _Collection),
                         (type({}.values()),))
_ByteString = _abc_class("ByteString", (), (_Sequence,), (bytes, bytearray))
_Coroutine = _abc_class("Coroutine", ("send", "throw", "close"), (_Awaitable,))
_AsyncGenerator = _abc_class("AsyncGenerator", ("asend", "athrow", "aclose"),
                             (_AsyncIterator,))

Hashable = _SpecialGenericAlias(_Hashable, 0, name="Hashable")
Awaitable = _SpecialGenericAlias(_Awaitable, 1, name="Awaitable")
Coroutine = _SpecialGenericAlias(_Coroutine, 3, name="Coroutine")
AsyncIterable = _SpecialGenericAlias(_AsyncIterable, 1, name="AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_AsyncIterator, 1, name="AsyncIterator")
AsyncGenerator = _SpecialGenericAlias(_AsyncGenerator, 2, name="AsyncGenerator")
Iterable = _SpecialGenericAlias(_Iterable, 1, name="Iterable")
Iterator = _SpecialGenericAlias(_Iterator, 1, name="Iterator")
Reversible = _SpecialGenericAlias(_Reversible, 1, name="Reversible")
Generator = _SpecialGenericAlias(_Generator, 3, name="Generator")
Sized = _SpecialGenericAlias(_Sized, 0, name="Sized")
Container = _SpecialGenericAlias(_Container, 1, name="Container")
Collection = _SpecialGenericAlias(_Collection, 1, name="Collection")
Callable = _CallableType(_Callable, 2, name="Callable")
AbstractSet = _SpecialGenericAlias(_AbstractSet, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_MutableSet, 1, name="MutableSet")
Mapping = _SpecialGenericAlias(_Mapping, 2, name="Mapping")
MutableMapping = _SpecialGenericAlias(_MutableMapping, 2, name="MutableMapping")
Sequence = _SpecialGenericAlias(_Sequence, 1, name="Sequence")
MutableSequence = _SpecialGenericAlias(_MutableSequence, 1, name="MutableSequence")
ByteString = _SpecialGenericAlias(_ByteString, 0, name="ByteString")
MappingView = _SpecialGenericAlias(_MappingView, 1, name="MappingView")
KeysView = _SpecialGenericAlias(_KeysView, 1, name="KeysView")
ItemsView = _SpecialGenericAlias(_ItemsView, 2, name="ItemsView")
ValuesView = _SpecialGenericAlias(_ValuesView, 1, name="ValuesView")
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias(list, 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(dict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(dict, 2, name="OrderedDict")
Counter = _SpecialGenericAlias(dict, 1, name="Counter")
ChainMap = _SpecialGenericAlias(dict, 2, name="ChainMap")
Type = _SpecialGenericAlias(type, 1, inst=False, name="Type")
Text = str
AnyStr = TypeVar("AnyStr", bytes, str)


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits: int = 0):
        pass


# ---------------------------------------------------------------------------
# PEP 695: `type` aliases, and the objects the compiled code creates for
# `def f[T]`, `class C[T]` and `type A[T] = ...` (CPython's _typing
# intrinsics; Molt's generated code calls the _molt_* helpers below).


class TypeAliasType:
    """The value of a `type X = ...` statement; __value__ is evaluated lazily."""

    __molt_tp_name__ = 'typing.TypeAliasType'  # CPython's C type name, in messages

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError(f"typealias() argument 'name' must be str, not "
                            f"{type(name).__name__}")
        if not isinstance(type_params, tuple):
            raise TypeError("type_params must be a tuple")
        self.__name__ = name
        self.__type_params__ = type_params
        self.__module__ = "__main__"
        self._value = value
        self._evaluate = None

    @property
    def __value__(self):
        if self._evaluate is not None:
            self._value = self._evaluate()
            self._evaluate = None
        return self._value

    @property
    def __parameters__(self):
        return self.__type_params__

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(params, tuple):
            params = (params,)
        return _BuiltinGenericAlias(self, params)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__


_BuiltinGenericAlias = type(list[int])


def _molt_typevar(name, bound_fn, constraints_fn):
    tv = TypeVar(name, infer_variance=True)
    tv._lazy_bound = bound_fn
    tv._lazy_constraints = constraints_fn
    tv.__module__ = "typing"
    return tv


def _molt_paramspec(name):
    return ParamSpec(name, infer_variance=True)


def _molt_typevartuple(name):
    return TypeVarTuple(name)


def _molt_generic_base(params):
    return Generic[params]


def _molt_type_alias(name, type_params, value_fn, module):
    a = TypeAliasType(name, None, type_params=() if type_params is None else type_params)
    a._evaluate = value_fn
    a.__module__ = module
    return a
