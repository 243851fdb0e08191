# bytes % args and bytearray % args (PEP 461): every conversion, flags,
# widths, '*', mapping keys, the result type, __bytes__ objects.
print(b"%d %i %u" % (1, -2, 3), b"%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print(b"%d" % 5, b"%d" % 5.7, b"%d" % -5.7, b"%i %u" % (3.9, -2), b"%d" % True, b"%x" % False)
print(b"%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), b"%x" % -255, b"%#X" % -255)
print(b"%#o %#x %#X %+d % d %05d %-5d|" % (8, 255, 255, 5, 5, -42, 7))
print(b"%.3d %+.3d %#.3x %10.4d| %-#8o|" % (5, 5, 5, 42, 8), b"%#.0x" % 0, b"%.0d" % 0)
print(b"%d %x %o" % (2 ** 70, 2 ** 70, 2 ** 70), b"%d" % -(2 ** 64))
print(b"%f %.2f %10.3f %-10.1f|" % (3.14159, 2.5, 1.0, 2.25))
print(b"%e %.3E %g %G %F" % (12345.678, 0.000123, 1e20, 1e-20, 1.5))
print(b"%08.3f %-8.3e| %+.1f % .1f %#.0f %#g %.0f" % (3.14159, 31415.9, 2.0, 2.0, 2.5, 1.0, 2.5))
print(b"%f %e %g" % (float("inf"), float("-inf"), float("nan")), b"%f" % 5, b"%f" % 2 ** 70, b"%.1f" % True)
print(b"%s" % b"abc", b"%b" % b"abc", b"%s" % bytearray(b"ba"), b"%b" % bytearray(), b"%s%%" % b"")
print(b"%05s|%-5s|%5s|%.1s|%.0b|" % (b"ab", b"cd", b"ef", b"gh", b"ij"))
print(b"%.1b|%-4b|%4.2s|" % (b"xyz", b"a", bytearray(b"\xff\xfe\xfd")), b"\xe9%s\xff" % b"\x80")
print(b"%r" % "x", b"%a" % "x", b"%r" % "\xe9", b"%a" % "\xe9\U0001F600", b"%r" % b"b", b"%a" % bytearray(b"q"))
print(b"%r %a %r %a" % (1, 2.5, None, [1, "\xe9"]), b"%r" % True, b"%a" % {}, b"%r" % ((1, 2),))
print(b"%5.2a|%-6r|%.3r|%8a|" % ("abc", b"q", "\xe9\xe9\xe9", "\u20ac"))
print(b"%c" % 65, b"%c" % 0, b"%c" % 255, b"%c" % True, b"%c" % b"A", b"%c" % bytearray(b"z"))
print(b"%5c|%-3c|%05c|%.0c|" % (65, b"B", 67, 68), b"%c%c" % (b"a", bytearray(b"b")))
print(b"%%", b"100%%" % (), b"%%%d%%" % 5, b"" % (), b"x" % {}, b"x" % [], b"%ld %hd %Lf" % (1, 2, 3.0))
print(b"%(a)s and %(b)r" % {b"a": b"1", b"b": "two"}, b"%(x)05d" % {b"x": 7}, b"%(x)s%(x)s" % {b"x": b"r"})
print(b"%(a)d %(b)x %(c).2f %(d)c" % {b"a": 1, b"b": 255, b"c": 1.5, b"d": 100})
print(b"%(\xff)s" % {b"\xff": b"hi"}, b"%(a(b)c)s" % {b"a(b)c": b"n"}, b"%()s" % {b"": b"empty"})
print(b"%*d|%-*d|%.*f|%*.*s|" % (5, 1, 5, 2, 2, 3.14159, 6, 2, b"abcd"))
print(b"%-*d|" % (-5, 3), b"%*d|" % (-5, 3), b"%.*d" % (-3, 1), b"%*d" % (True, 3), b"%*c|" % (3, 65))
print(b"%*d|" % (-(2 ** 63), 1), b"%.*s|" % (-(2 ** 31), b"ab"), b"%.*s|" % (2 ** 31 - 1, b"ab"))
print(b"%s %d %s" % (b"a", 1, bytearray(b"c")), b"%s" % (b"tuple",), b"%s" % ((b"nested",),)[0])


class B:
    def __bytes__(self):
        return b"from __bytes__"


class BS(bytes):
    pass


class BSB(bytes):
    def __bytes__(self):
        return b"not used"


class BA(bytearray):
    pass


class Idx:
    def __index__(self):
        return 66


class Num:
    def __int__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


class Both:
    def __bytes__(self):
        return b"bb"

    def __index__(self):
        return 67


class BytesSub:
    def __bytes__(self):
        return BS(b"subclass result")


class M:
    def __getitem__(self, k):
        return b"<" + k + b">"


print(b"%s|%b|%5s|%.4s" % (B(), B(), B(), B()), b"%s" % BS(b"sub"), b"%s" % BSB(b"own"), b"%s" % BytesSub())
print(b"%d %x %c %e %f" % (Idx(), Idx(), Idx(), Idx(), Flt()), b"%d %i" % (Num(), Num()))
print(b"%s %c %d %r" % (Both(), Both(), Both(), 1))
print(b"%(x)s %(yy)s" % M(), b"abc" % M(), b"%c" % BS(b"z"))

# The result has the format's type (bytes for a bytes subclass).
r = bytearray(b"%d-%s") % (3, b"x")
print(r, type(r).__name__, bytearray(b"%d") % 3, bytearray(b"") % (), bytearray(b"%%") % {})
r = BA(b"%s") % b"sub"
print(r, type(r).__name__)
r = BS(b"%s") % b"sub"
print(r, type(r).__name__)
print(bytearray(b"%(k)s %(k)a") % {b"k": bytearray(b"v")})
print(b"%s %s" % (bytearray(b"x"), BA(b"y")), bytearray(b"%c%c") % (b"a", 98))

# %= and the format kept unchanged
f = b"%d+%d"
g = f
f %= (1, 2)
print(f, g)
ba = bytearray(b"[%s]")
ba2 = ba
ba %= b"in"
print(ba, ba2, ba is ba2)

# bytes subclass on the right with __rmod__: tried first, as a subclass
class RS(bytes):
    def __rmod__(self, other):
        return "RS.__rmod__"


print(b"x" % RS(b"q"), b"%s" % RS(b"q"))


# a mapping that is not a dict
class Keys:
    def __getitem__(self, key):
        return len(key)


print(b"%(abc)d %(a)d %(abcdef)x" % Keys())

# long results, non-ASCII bytes untouched
print(len(b"%1000d" % 1), len(b"%-500s|" % b"x"), b"%s" % bytes(range(250, 256)))
print(b"\x00%s\x00" % b"\x00", (b"%c" * 3) % (0, 1, 2))
