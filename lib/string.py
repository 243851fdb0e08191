"""Common string constants, Template strings and Formatter (written for Molt).

Template placeholders are scanned by hand (no regular expressions): a
delimiter followed by the delimiter (escape), an identifier, a braced
identifier, or anything else (an invalid placeholder).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word, join with sep (or one space)."""
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits


def _ident_end(s, i):
    # End index of the ASCII identifier starting at i, or i when there is none.
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return i
    j = i + 1
    while j < n and s[j] in _ID_REST:
        j += 1
    return j


class _Placeholder:
    # One scanned placeholder: kind is 'escaped', 'named', 'braced' or 'invalid'.
    __slots__ = ('kind', 'start', 'end', 'name', 'inv')

    def __init__(self, kind, start, end, name, inv):
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.inv = inv


class Template:
    """A template with $name / ${name} placeholders ($$ is a literal $)."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()

    def _scan(self):
        s = self.template
        d = self.delimiter
        dl = len(d)
        out = []
        i = 0
        while True:
            k = s.find(d, i)
            if k < 0:
                break
            j = k + dl
            if s.startswith(d, j):
                out.append(_Placeholder('escaped', k, j + dl, None, j))
                i = j + dl
                continue
            e = _ident_end(s, j)
            if e > j:
                out.append(_Placeholder('named', k, e, s[j:e], j))
                i = e
                continue
            if j < len(s) and s[j] == '{':
                e = _ident_end(s, j + 1)
                if e > j + 1 and e < len(s) and s[e] == '}':
                    out.append(_Placeholder('braced', k, e + 1, s[j + 1:e], j))
                    i = e + 1
                    continue
            out.append(_Placeholder('invalid', k, j, None, j))
            i = j
        return out

    def _invalid(self, ph):
        i = ph.inv
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        s = self.template
        parts = []
        pos = 0
        for ph in self._scan():
            parts.append(s[pos:ph.start])
            pos = ph.end
            if ph.kind == 'escaped':
                parts.append(self.delimiter)
            elif ph.kind == 'invalid':
                self._invalid(ph)
            else:
                parts.append('%s' % (mapping[ph.name],))
        parts.append(s[pos:])
        return ''.join(parts)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        s = self.template
        parts = []
        pos = 0
        for ph in self._scan():
            parts.append(s[pos:ph.start])
            pos = ph.end
            if ph.kind == 'escaped':
                parts.append(self.delimiter)
            elif ph.kind == 'invalid':
                parts.append(s[ph.start:ph.end])
            else:
                try:
                    parts.append('%s' % (mapping[ph.name],))
                except KeyError:
                    parts.append(s[ph.start:ph.end])
        parts.append(s[pos:])
        return ''.join(parts)

    def is_valid(self):
        for ph in self._scan():
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in self._scan():
            if (ph.kind == 'named' or ph.kind == 'braced') and ph.name not in ids:
                ids.append(ph.name)
        return ids


class _Chain:
    # The keyword arguments first, then the mapping (what ChainMap would do).
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


def _parse_format(s):
    # (literal, field_name, format_spec, conversion) tuples as str.format sees them.
    out = []
    n = len(s)
    i = 0
    lit = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                lit.append('{')
                out.append((''.join(lit), None, None, None))
                lit = []
                i += 2
                continue
            # a field: find its matching close brace (nested braces in the spec)
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            conv = None
            spec = ''
            # the field name ends at the first '!' or ':' outside brackets
            k = 0
            inbr = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    inbr = True
                elif ch == ']':
                    inbr = False
                elif not inbr and (ch == '!' or ch == ':'):
                    break
                k += 1
            name = field[:k]
            rest = field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conv = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            out.append((''.join(lit), name, spec, conv))
            lit = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                out.append((''.join(lit), None, None, None))
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            lit.append(c)
            i += 1
    if lit:
        out.append((''.join(lit), None, None, None))
    return out


def _split_field(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])
    n = len(name)
    i = 0
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] != '.' and name[j] != '[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return iter(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
