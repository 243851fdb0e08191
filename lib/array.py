"""Typed arrays (written for Molt, in Python for now).

Items are kept in a list of Python values that were checked (and for 'f'
rounded to single precision) on the way in, so every operation sees exactly
the values CPython's C array would hold. Byte images are little-endian with
the item sizes of 64-bit Linux ('l'/'L' are 8 bytes, 'u' is 4), on every
target, so programs behave as under the reference interpreter.
"""

import math

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, message stem) of the narrow integer codes
_NARROW = {
    'b': (-128, 127, 'signed char'),
    'B': (0, 255, 'unsigned byte integer'),
    'h': (-32768, 32767, 'signed short integer'),
    'H': (0, 65535, 'unsigned short'),
    'i': (-2147483648, 2147483647, 'signed integer'),
}

_FLT_MAX = 3.4028234663852886e+38


def _index(v):
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v.__index__()


def _to_f32(x):
    # x rounded to the nearest single-precision value (ties to even)
    if x != x or x == 0 or x in (math.inf, -math.inf):
        return x
    m, e = math.frexp(x)
    bits = 24 if e >= -125 else 24 - (-125 - e)
    if bits < 0:
        return math.copysign(0.0, x)
    r = round(math.ldexp(m, bits))
    y = math.ldexp(r, e - bits)
    if abs(y) > _FLT_MAX:
        return math.copysign(math.inf, x)
    return y


def _check(tc, v):
    # the value an array of type tc stores for v, or CPython's error
    if tc == 'f' or tc == 'd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
            x = float(v)
        else:
            raise TypeError("must be real number, not %s" % type(v).__name__)
        return _to_f32(x) if tc == 'f' else x
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    n = _index(v)
    if tc in _NARROW:
        lo, hi, what = _NARROW[tc]
        if n < -(2 ** 63) or n >= 2 ** 63:
            raise OverflowError("Python int too large to convert to C long")
        if n < lo:
            raise OverflowError("%s is less than minimum" % what)
        if n > hi:
            raise OverflowError("%s is greater than maximum" % what)
        return n
    if tc == 'l':
        if n < -(2 ** 63) or n >= 2 ** 63:
            raise OverflowError("Python int too large to convert to C long")
        return n
    if tc == 'I' or tc == 'L':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2 ** 64:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if tc == 'I' and n >= 2 ** 32:
            raise OverflowError("unsigned int is greater than maximum")
        return n
    if tc == 'q':
        if n < -(2 ** 63) or n >= 2 ** 63:
            raise OverflowError("int too big to convert")
        return n
    # 'Q'
    if n < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if n >= 2 ** 64:
        raise OverflowError("int too big to convert")
    return n


def _float_bits(x, ebits, mbits):
    # IEEE 754 bit pattern of x (already representable) with the given field widths
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    x = abs(x)
    if x == math.inf:
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits)
    if x == 0:
        return sign << (ebits + mbits)
    m, e = math.frexp(x)
    exp = e - 1 + bias
    if exp <= 0:
        # subnormal: the significand counts units of 2**(1 - bias - mbits)
        frac = int(math.ldexp(x, bias - 1 + mbits))
        return (sign << (ebits + mbits)) | frac
    frac = int(math.ldexp(m, mbits + 1)) - (1 << mbits)
    return (sign << (ebits + mbits)) | (exp << mbits) | frac


def _bits_float(b, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if b >> (ebits + mbits) else 1.0
    exp = (b >> mbits) & ((1 << ebits) - 1)
    frac = b & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        return math.nan if frac else sign * math.inf
    if exp == 0:
        return sign * math.ldexp(frac, 1 - bias - mbits)
    return sign * math.ldexp(frac + (1 << mbits), exp - bias - mbits)


def _pack(tc, v):
    size = _SIZES[tc]
    if tc == 'd':
        return _float_bits(v, 11, 52).to_bytes(8, 'little')
    if tc == 'f':
        return _float_bits(v, 8, 23).to_bytes(4, 'little')
    if tc == 'u':
        return ord(v).to_bytes(4, 'little')
    return v.to_bytes(size, 'little', signed=tc in 'bhilq')


def _unpack(tc, b):
    if tc == 'd':
        return _bits_float(int.from_bytes(b, 'little'), 11, 52)
    if tc == 'f':
        return _bits_float(int.from_bytes(b, 'little'), 8, 23)
    if tc == 'u':
        return chr(int.from_bytes(b, 'little'))
    return int.from_bytes(b, 'little', signed=tc in 'bhilq')


class array:
    """array(typecode[, initializer]) -> array of values of one C type."""

    __molt_tp_name__ = 'array.array'  # CPython's C type name, in messages

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" %
                            type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" %
                                typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self._items = [_check(typecode, v) for v in initializer._items]
        else:
            self._items = [_check(typecode, v) for v in initializer]

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _same(self, other):
        if not isinstance(other, array):
            return False
        return True

    def append(self, v):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        vals = []
        for v in iterable:
            vals.append(_check(self._tc, v))
        self._items.extend(vals)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        vals = [_check(self._tc, v) for v in lst]
        self._items.extend(vals)

    def tolist(self):
        return list(self._items)

    def frombytes(self, b):
        b = bytes(b)
        size = _SIZES[self._tc]
        if len(b) % size:
            raise ValueError("bytes length not a multiple of item size")
        for k in range(0, len(b), size):
            self._items.append(_unpack(self._tc, b[k:k + size]))

    def tobytes(self):
        return b''.join([_pack(self._tc, v) for v in self._items])

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(list(s))

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def insert(self, i, v):
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError("pop index out of range")
        return self._items.pop(i)

    def remove(self, v):
        for k in range(len(self._items)):
            if self._items[k] == v:
                del self._items[k]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for k in range(start, min(stop, n)):
            if self._items[k] == v:
                return k
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        c = 0
        for x in self._items:
            if x == v:
                c += 1
        return c

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        size = _SIZES[self._tc]
        if size == 1:
            return
        out = []
        for v in self._items:
            out.append(_unpack(self._tc, _pack(self._tc, v)[::-1]))
        self._items = out

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._items = self._items[i]
            return r
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' %
                                type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        r = array(self._tc)
        r._items = self._items + other._items
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        r = array(self._tc)
        r._items = self._items * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        r = array(self._tc)
        r._items = list(self._items)
        return r

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return "%s('u', %r)" % (name, ''.join(self._items))
        return "%s('%s', %r)" % (name, self._tc, self._items)


ArrayType = array
