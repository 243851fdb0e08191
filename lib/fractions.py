"""Rational numbers (written for Molt): the Fraction class.

Values are kept normalized (gcd 1, positive denominator). Arithmetic with
int and Fraction is exact; with float it is done in float, with complex in
complex, as CPython's numeric tower prescribes.
"""

import math

__all__ = ['Fraction']

_HASH_MODULUS = 2305843009213693951  # 2**61 - 1, sys.hash_info.modulus
_HASH_INF = 314159


def _is_digit(c):
    return c.isdecimal()


def _digits(s, i, underscores):
    # end of a run of digits starting at i (single '_' between digits allowed)
    n = len(s)
    j = i
    while j < n and _is_digit(s[j]):
        j += 1
    if j == i:
        return i
    while underscores and j + 1 < n and s[j] == '_' and _is_digit(s[j + 1]):
        j += 1
        while j < n and _is_digit(s[j]):
            j += 1
    return j


def _parse(text):
    # (numerator, denominator) of a Fraction literal, or None when malformed
    s = text.strip()
    n = len(s)
    i = 0
    neg = False
    if i < n and (s[i] == '+' or s[i] == '-'):
        neg = s[i] == '-'
        i += 1
    if not (i < n and (_is_digit(s[i]) or (s[i] == '.' and i + 1 < n and _is_digit(s[i + 1])))):
        return None
    j = _digits(s, i, True)
    num = int(s[i:j].replace('_', '')) if j > i else 0
    den = 1
    i = j
    k = i
    while k < n and s[k].isspace():
        k += 1
    if k < n and s[k] == '/':
        k += 1
        while k < n and s[k].isspace():
            k += 1
        j = _digits(s, k, True)
        if j == k:
            return None
        den = int(s[k:j].replace('_', ''))
        i = j
    else:
        if i < n and s[i] == '.':
            j = _digits(s, i + 1, True)
            dec = s[i + 1:j].replace('_', '')
            if dec:
                scale = 10 ** len(dec)
                num = num * scale + int(dec)
                den *= scale
            i = j
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            k = i + 1
            eneg = False
            if k < n and (s[k] == '+' or s[k] == '-'):
                eneg = s[k] == '-'
                k += 1
            j = _digits(s, k, True)
            if j == k:
                return None
            e = int(s[k:j].replace('_', ''))
            if eneg:
                den *= 10 ** e
            else:
                num *= 10 ** e
            i = j
    if i != n:
        return None
    if neg:
        num = -num
    return num, den


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                r = _parse(numerator)
                if r is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = r
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif _is_rational(numerator) and _is_rational(denominator):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                nn, nd = numerator.numerator, numerator.denominator
                dn, dd = denominator.numerator, denominator.denominator
                numerator, denominator = nn * dd, dn * nd
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        n, d = f.as_integer_ratio()
        return cls(n, d, _normalize=False)

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        return cls(numerator, denominator, _normalize=False)

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued-fraction convergents until the bound is passed
        pa, qa, pb, qb = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q = qa + a * qb
            if q > max_denominator:
                break
            pa, qa, pb, qb = pb, qb, pa + a * pb, q
            n, d = d, n - a * d
        k = (max_denominator - qa) // qb
        semi = Fraction(pa + k * pb, qa + k * qb, _normalize=False)
        conv = Fraction(pb, qb, _normalize=False)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        return _format(self, format_spec)

    # --- arithmetic -----------------------------------------------------

    def __add__(a, b):
        if _is_rational(b):
            b = _frac(b)
            return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                            a._denominator * b._denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return _frac(a) + b
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if _is_rational(b):
            b = _frac(b)
            return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                            a._denominator * b._denominator)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return _frac(a) - b
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if _is_rational(b):
            b = _frac(b)
            return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if isinstance(a, int):
            return _frac(a) * b
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if _is_rational(b):
            b = _frac(b)
            n = a._numerator * b._denominator
            d = a._denominator * b._numerator
            if d == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % n)
            return Fraction(n, d)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if isinstance(a, int):
            return _frac(a) / b
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if _is_rational(b):
            b = _frac(b)
            return (a._numerator * b._denominator) // (a._denominator * b._numerator)
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if isinstance(a, int):
            return _frac(a) // b
        if isinstance(a, float):
            return a // float(b)
        if isinstance(a, complex):
            return a // complex(b)
        return NotImplemented

    def __mod__(a, b):
        if _is_rational(b):
            b = _frac(b)
            d = a._denominator * b._denominator
            return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), d)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if isinstance(a, int):
            return _frac(a) % b
        if isinstance(a, float):
            return a % float(b)
        if isinstance(a, complex):
            return a % complex(b)
        return NotImplemented

    def __divmod__(a, b):
        if _is_rational(b):
            b = _frac(b)
            da, db = a._denominator, b._denominator
            q, r = divmod(a._numerator * db, da * b._numerator)
            return q, Fraction(r, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if isinstance(a, int):
            return divmod(_frac(a), b)
        if isinstance(a, float):
            return divmod(a, float(b))
        if isinstance(a, complex):
            return divmod(a, complex(b))
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            b = _frac(b)
            if b._denominator == 1:
                p = b._numerator
                if p >= 0:
                    return Fraction(a._numerator ** p, a._denominator ** p, _normalize=False)
                if a._numerator > 0:
                    return Fraction(a._denominator ** -p, a._numerator ** -p, _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -p))
                return Fraction((-a._denominator) ** -p, (-a._numerator) ** -p, _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator:
                return q
            if twice > self._denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    @property
    def real(a):
        return a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return a

    def __hash__(self):
        d = self._denominator % _HASH_MODULUS
        if d == 0:
            h = _HASH_INF
        else:
            inv = pow(d, _HASH_MODULUS - 2, _HASH_MODULUS)
            h = hash(hash(abs(self._numerator)) * inv)
        r = h if self._numerator >= 0 else -h
        return -2 if r == -1 else r

    def __eq__(a, b):
        if type(b) is int or isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _cmp(a, b):
        # a - b's sign as (a*b.d, a.d*b) pairs, or None when not comparable
        if _is_rational(b):
            b = _frac(b)
            return (a._numerator * b._denominator, a._denominator * b._numerator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return (0.0, b)
            b = Fraction.from_float(b)
            return (a._numerator * b._denominator, a._denominator * b._numerator)
        return None

    def __lt__(a, b):
        p = a._cmp(b)
        if p is None:
            return NotImplemented
        return p[0] < p[1]

    def __gt__(a, b):
        p = a._cmp(b)
        if p is None:
            return NotImplemented
        return p[0] > p[1]

    def __le__(a, b):
        p = a._cmp(b)
        if p is None:
            return NotImplemented
        return p[0] <= p[1]

    def __ge__(a, b):
        p = a._cmp(b)
        if p is None:
            return NotImplemented
        return p[0] >= p[1]

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _frac(x):
    if isinstance(x, Fraction):
        return x
    return Fraction(int(x), 1, _normalize=False)


def _round_div(n, d):
    # n / d rounded to the nearest integer, ties to even (d > 0)
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


def _format(f, spec):
    # The float-style presentation types of 3.12: [[fill]align][sign][z][#][0][width][,_][.prec]type
    bad = ValueError("Invalid format specifier %r for object of type %r" %
                     (spec, type(f).__name__))
    i = 0
    n = len(spec)
    fill = ' '
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nonneg_zero = False
    if i < n and spec[i] == 'z':
        nonneg_zero = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    if i < n and spec[i] == '0':
        if align is None:
            fill = '0'
            align = '='
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else 0
    i = j
    group = ''
    if i < n and spec[i] in ',_':
        group = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise bad
        prec = int(spec[i + 1:j])
        i = j
    if i != n - 1 or spec[i] not in 'eEfFgG%':
        raise bad
    kind = spec[i]
    if prec is None:
        prec = 6
    num, den = f._numerator, f._denominator
    neg = num < 0
    num = abs(num)
    suffix = ''
    if kind in 'fF%':
        if kind == '%':
            num *= 100
            suffix = '%'
        m = _round_div(num * 10 ** prec, den)
        digits = str(m).rjust(prec + 1, '0')
        ip, fp = digits[:len(digits) - prec], digits[len(digits) - prec:]
        body_int, body_frac, exp_part = ip, fp, ''
    else:
        g = kind in 'gG'
        p = prec
        if g and p == 0:
            p = 1
        if num == 0:
            e = 0
            m = 0
            figures = p if g else p + 1
        else:
            figures = p if g else p + 1
            # exponent e with 10**e <= num/den < 10**(e+1)
            e = len(str(num)) - len(str(den))
            if num * (10 ** -e if e < 0 else 1) < den * (10 ** e if e > 0 else 1):
                e -= 1
            shift = figures - 1 - e
            if shift >= 0:
                m = _round_div(num * 10 ** shift, den)
            else:
                m = _round_div(num, den * 10 ** -shift)
            if len(str(m)) > figures:
                e += 1
                m //= 10
        ds = str(m).rjust(figures, '0')
        if g and -4 <= e < p:
            # fixed notation with p significant figures
            point = e + 1
            if point <= 0:
                ds = '0' * (1 - point) + ds
                point = 1
            body_int, body_frac = ds[:point], ds[point:]
            if not alt:
                body_frac = body_frac.rstrip('0')
            exp_part = ''
        else:
            body_int, body_frac = ds[0], ds[1:]
            if g and not alt:
                body_frac = body_frac.rstrip('0')
            ech = 'E' if kind in 'EG' else 'e'
            exp_part = '%s%+03d' % (ech, e)
    if nonneg_zero and neg and not (body_int.strip('0') or body_frac.strip('0')):
        neg = False
    if body_frac or alt:
        point = '.'
    else:
        point = ''
    sgn = '-' if neg else ('+' if sign == '+' else (' ' if sign == ' ' else ''))
    if group:
        body_int = _group(body_int, group)
    if align == '=' and fill == '0' and group:
        need = width - len(sgn) - len(point) - len(body_frac) - len(exp_part) - len(suffix)
        body_int = _zero_group(body_int, group, need)
    body = body_int + point + body_frac + exp_part + suffix
    if align is None:
        align = '>'
    pad = width - len(sgn) - len(body)
    if pad <= 0:
        return sgn + body
    if align == '<':
        return sgn + body + fill * pad
    if align == '>':
        return fill * pad + sgn + body
    if align == '^':
        left = pad // 2
        return fill * left + sgn + body + fill * (pad - left)
    return sgn + fill * pad + body


def _group(digits, sep):
    out = []
    k = len(digits)
    while k > 3:
        out.append(digits[k - 3:k])
        k -= 3
    out.append(digits[:k])
    out.reverse()
    return sep.join(out)


def _zero_group(body_int, sep, need):
    # zero padding that continues the digit grouping
    digits = body_int.replace(sep, '')
    while len(_group(digits, sep)) < need:
        digits = '0' + digits
    return _group(digits, sep)
