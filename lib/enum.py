"""enum for Molt.

Written for Molt from the documented behaviour of CPython 3.12's module:
Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag, auto, unique, member,
nonmember, the functional API, and the reprs/str()/format() of 3.12.
The class body is collected by _EnumDict (returned by EnumType.__prepare__),
which resolves auto() values in definition order; EnumType.__new__ builds
the members after the class exists.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'global_enum', 'verify', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'property', 'pickle_by_enum_name',
           'pickle_by_global_name']

_builtin_property = property

# Filled in once the classes exist; EnumType consults them while the module
# itself defines Enum, ReprEnum and Flag.
Enum = None
Flag = None
ReprEnum = None
EJECT = None
KEEP = None
STRICT = None
CONFORM = None


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum classes."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class nonmember:
    """Protects an item from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces an item to become a member."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """enum.property: a property usable for member attributes."""
    pass


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == '__' and name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_' and
            name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    n = len(pattern)
    if len(name) > n and name.startswith(pattern):
        return name[-1] != '_' or name[-2] != '_'
    return False


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = format(num + ceiling, 'b')
        s = '0b0' + s[1:]
    else:
        s = format(~num ^ (ceiling - 1) + ceiling, 'b')
        s = '0b1' + s[1:]
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_numeric_repr_',
                 '_missing_', '_ignore_', '_iter_member_',
                 '_iter_member_by_value_', '_iter_member_by_def_')


class _EnumDict(dict):
    """The class namespace of an enum: tracks member names in order."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined '
                                    'before members')
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set '
                                     'names: %r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                value = self._resolve_auto(key, value)
            elif isinstance(value, tuple):
                has_auto = False
                for v in value:
                    if isinstance(v, auto):
                        has_auto = True
                if has_auto:
                    resolved = []
                    for v in value:
                        if isinstance(v, auto):
                            v = self._resolve_auto(key, v)
                        resolved.append(v)
                    value = tuple(resolved)
            self._member_names[key] = None
            self._last_values.append(value)
        dict.__setitem__(self, key, value)

    def _resolve_auto(self, key, a):
        if a.value is _auto_null:
            a.value = self._generate_next_value(
                key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        return a.value


def _find_data_type(class_name, bases):
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    if base._member_type_ not in data_types:
                        data_types.append(base._member_type_)
                    break
            elif ('__new__' in base.__dict__ or
                  '__dataclass_fields__' in base.__dict__):
                t = candidate or base
                if t not in data_types:
                    data_types.append(t)
                break
            else:
                candidate = candidate or base
    if len(data_types) > 1:
        raise TypeError('too many data types for %r: %r'
                        % (class_name, set(data_types)))
    if data_types:
        return data_types[0]
    return None


def _get_mixins(class_name, bases):
    if not bases:
        return object, Enum
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    member_type = _find_data_type(class_name, bases) or object
    return member_type, first_enum


def _check_for_existing_members(class_name, bases):
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r'
                                % (class_name, base))


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _check_for_existing_members(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = _get_mixins(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        member_type, first_enum = _get_mixins(cls, bases)
        member_names = list(getattr(classdict, '_member_names', {}))
        invalid = [n for n in member_names if n in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join([repr(n) for n in invalid]),))
        body = {}
        values = {}
        for key in classdict:
            if key in ignore or key == '_ignore_':
                continue
            if key in member_names:
                values[key] = dict.__getitem__(classdict, key)
            else:
                body[key] = dict.__getitem__(classdict, key)
        new_member = body.pop('__new__', None) if bases else None
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        order = body.pop('_order_', None)

        body['_new_member_'] = None
        body['_use_args_'] = False
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        is_flag = Flag is not None and _any_flag(bases)
        if is_flag:
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None)
            body['_boundary_'] = boundary
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
        elif boundary is not None:
            body['_boundary_'] = boundary

        enum_class = type.__new__(metacls, cls, bases, body, **kwds)

        if new_member is None:
            new_member = _find_new(member_type, first_enum)
        use_args = new_member is not None
        type.__setattr__(enum_class, '_use_args_', use_args)
        type.__setattr__(enum_class, '_new_member_', new_member)

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a '
                                'data type (i.e. int, str, float, etc.)')
            if '__format__' not in body:
                type.__setattr__(enum_class, '__format__',
                                 member_type.__format__)
                body['__format__'] = None
            if '__str__' not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                body['__str__'] = None
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name not in body:
                    enum_method = getattr(first_enum, name)
                    found = getattr(enum_class, name)
                    if (found is getattr(object, name) or
                            found is getattr(member_type, name)):
                        type.__setattr__(enum_class, name, enum_method)

        for name in member_names:
            _add_member(enum_class, name, values[name], member_type,
                        new_member, is_flag)

        if is_flag:
            fm = enum_class._flag_mask_
            type.__setattr__(enum_class, '_all_bits_',
                             2 ** fm.bit_length() - 1)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __call__(cls, value, names=None, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            # Enum.__new__ directly: a data type's __new__ (int.__new__) may
            # precede it in the MRO.
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _get_mixins(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original = names
            names = []
            last_values = []
            count = 0
            for n in original:
                v = first_enum._generate_next_value_(n, start, count,
                                                     last_values[:])
                last_values.append(v)
                names.append((n, v))
                count += 1
        if isinstance(names, dict):
            items = list(names.items())
        else:
            items = list(names)
        for item in items:
            if isinstance(item, str):
                member_name = item
                member_value = names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        dict.__setitem__(classdict, '__module__',
                         module if module is not None else '__main__')
        if qualname is not None:
            dict.__setitem__(classdict, '__qualname__', qualname)
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        # 3.12.1: an unhashable value raises TypeError here.
        return value in cls._value2member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.'
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __dir__(cls):
        interesting = ['__class__', '__contains__', '__doc__', '__getitem__',
                       '__init_subclass__', '__iter__', '__len__',
                       '__members__', '__module__', '__name__',
                       '__qualname__']
        for n in cls._member_names_:
            interesting.append(n)
        if cls.__dict__.get('_use_args_', False) and cls._member_type_ is object:
            interesting.append('__new__')
        if cls._member_type_ is object:
            return sorted(set(interesting))
        return sorted(set(dir(cls._member_type_)) | set(interesting))

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _any_flag(bases):
    for b in bases:
        if issubclass(b, Flag):
            return True
    return False


def _find_new(member_type, first_enum):
    """The __new__ that creates members: a user one from an enum base, else
    the data type's, else None (plain object members)."""
    if first_enum is not None:
        for base in first_enum.__mro__:
            nm = base.__dict__.get('_new_member_', None)
            if nm is not None and base.__dict__.get('_use_args_', False):
                return nm
    if member_type is object:
        return None
    return member_type.__new__


def _add_member(enum_class, name, value, member_type, new_member, is_flag):
    if isinstance(value, tuple):
        args = value
    else:
        args = (value,)
    if member_type is tuple:
        args = (args,)
    if new_member is None:
        m = object.__new__(enum_class)
        if not hasattr(m, '_value_'):
            m._value_ = value
    else:
        m = new_member(enum_class, *args)
        if not hasattr(m, '_value_'):
            if member_type is object:
                m._value_ = value
            else:
                try:
                    m._value_ = member_type(*args)
                except Exception:
                    raise TypeError('_value_ not set in __new__, unable to '
                                    'create it') from None
    value = m._value_
    m._name_ = name
    m.__objclass__ = enum_class
    m.__init__(*args)
    m._sort_order_ = len(enum_class._member_names_)

    if is_flag and isinstance(value, int):
        type.__setattr__(enum_class, '_flag_mask_',
                         enum_class._flag_mask_ | value)
        if _is_single_bit(value):
            type.__setattr__(enum_class, '_singles_mask_',
                             enum_class._singles_mask_ | value)

    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
        hashable = True
    except TypeError:
        hashable = False
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        m = canonical
    else:
        if not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(name)
        if hashable:
            enum_class._value2member_map_[value] = m
        else:
            enum_class._unhashable_values_.append(value)
    enum_class._member_map_[name] = m
    type.__setattr__(enum_class, name, m)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and
                cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of '
                            'None or a valid member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__',
                 'name', 'value']
        for cls in self.__class__.__mro__:
            if cls is Enum or cls is object:
                break
            for k in cls.__dict__:
                if k in self.__class__._member_map_:
                    continue
                if not k.startswith('_') and k not in names:
                    names.append(k)
        for k in getattr(self, '__dict__', {}):
            if not k.startswith('_') and k not in names:
                names.append(k)
        return sorted(names)

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r'
                                % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r'
                                % (values[2],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class _Boundary:
    """A FlagBoundary member (STRICT, CONFORM, EJECT, KEEP)."""

    def __init__(self, name, value):
        self._name_ = name
        self._value_ = value

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self._name_, self._value_)

    def __str__(self):
        return self._value_

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_


class FlagBoundary:
    STRICT = _Boundary('STRICT', 'strict')
    CONFORM = _Boundary('CONFORM', 'conform')
    EJECT = _Boundary('EJECT', 'eject')
    KEEP = _Boundary('KEEP', 'keep')


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        out = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value:
                out.append(m)
        return out

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, max_bits),
                                    _bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r'
                                 % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, _bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for m in cls._member_map_.values():
                    if (m not in members and m._value_ and
                            m._value_ & value == m._value_):
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            pseudo._name_ = '|'.join([m._name_ for m in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError('%r: no members with value %r'
                                 % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__,
                               self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self.__class__._iter_member_(self._value_))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._boundary_ is EJECT or self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name)
                                   for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, alias_details))
    return enumeration


def global_enum(cls, update_str=False):
    """Decorator: export the members into the defining module's globals
    (Molt: not possible without frame access; returns the class)."""
    return cls


class EnumCheck:
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


class verify:
    """Check an enumeration for various constraints (UNIQUE, CONTINUOUS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                duplicates = []
                for name, m in enumeration.__members__.items():
                    if name != m.name:
                        duplicates.append((name, m.name))
                if duplicates:
                    alias_details = ', '.join(['%s -> %s' % (alias, name)
                                               for (alias, name) in duplicates])
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, alias_details))
            elif check is CONTINUOUS:
                values = set([m.value for m in enumeration])
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                i = low + 1
                while i < high:
                    if i not in values:
                        missing.append(i)
                    i += 1
                if missing:
                    raise ValueError(('invalid enum %r: missing values %s'
                                      % (cls_name, ', '.join([str(v) for v in missing])))[:256])
        return enumeration


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
