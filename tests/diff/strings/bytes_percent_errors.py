# bytes % args errors (PEP 461): every TypeError/ValueError/OverflowError
# with CPython's message, raised in CPython's order.


class XE:
    def __index__(self):
        raise ValueError("from __index__")


class Huge:
    def __index__(self):
        return 2 ** 80


class FE:
    def __float__(self):
        raise ValueError("from __float__")


class FN:
    def __float__(self):
        return "not a float"


class IE:
    def __int__(self):
        raise ValueError("from __int__")


class NB:
    def __bytes__(self):
        return "not bytes"


class BE:
    def __bytes__(self):
        raise KeyError("from __bytes__")


class N:
    def __int__(self):
        return 7


class R:
    def __rmod__(self, other):
        return "R.__rmod__"


tests = [
    # wrong argument counts
    (b"%d %d", (1,)), (b"%s", ()), (b"%s", (b"a", b"b")), (b"%s %s", b"a"), (b"x", 5), (b"x", b"abc"),
    (b"x", "abc"), (b"x", bytearray(b"a")), (b"abc", (1,)), (b"%d", (1, 2)), (b"%(a)s %s", {b"a": b"x"}),
    (b"%*d", (5,)), (b"%.*f", (1,)), (b"%*.*f", (1, 2)),
    # the parser
    (b"%", ()), (b"abc%", 5), (b"%5", 5), (b"%.", 5), (b"% ", 5), (b"%-", 5), (b"%(a", {}), (b"%(a", 5),
    (b"%(x)", {b"x": 1}), (b"%(x)", {}), (b"%(a(b)", {}), (b"%y", 5), (b"%z %s", (1,)), (b"%s %z", (b"a",)),
    (b"ab%y", 5), (b"\xc3\xa9%y", 5), (b"%(a)z", {b"a": 1}), (b"%*z", (1,)), (b"%*z", (1, 2)),
    (b"%\x01", 5), (b"%\x00", 5), (b"%\x7f", 5), (b"%\x1f", 5), (b"%~", 5), (b"ab%\xff", 5), (b"%\xe9", 1),
    (b"%\x80", ()), (b"ab%(k)\xff", {b"k": 1}), (b"ab%(k)\xff", {}), (b"%d %", (b"x",)), (b"%y %d", (1, 2)),
    (b"%99999999999999999999d", 1), (b"%.99999999999d", 1), (b"%.2147483648d", 1), (b"%.2147483648s", 1),
    # mappings
    (b"%(a)s", 5), (b"%(a)s", b"abc"), (b"%(a)s", (b"a",)), (b"%(a)s", "abc"), (b"%(a)s", bytearray(b"a")),
    (b"%(a)s", {"a": 1}), (b"%(a)s", {}), (b"%(k)s", {"k": b"v"}), (b"%(a)*d", {b"a": 1}), (b"%*s", {b"a": 1}),
    (b"%(a)s", {b"a": "str"}),
    # %b / %s
    (b"%s", "abc"), (b"%b", "abc"), (b"%s", 5), (b"%b", None), (b"%s", 2.5), (b"%s", [1]), (b"%s", True),
    (b"%s", {b"a": 1}), (b"%s", N()), (b"%s", NB()), (b"%b", BE()), (b"x%s", R()), (b"%s", object()),
    # %c
    (b"%c", 256), (b"%c", -1), (b"%c", 2 ** 64), (b"%c", -(2 ** 64)), (b"%c", b"AB"), (b"%c", b""),
    (b"%c", "A"), (b"%c", 3.0), (b"%c", None), (b"%c", bytearray(b"ab")), (b"%c", XE()), (b"%c", Huge()),
    # %d %i %u %o %x %X
    (b"%d", "x"), (b"%d", None), (b"%d", b"1"), (b"%i", [1]), (b"%u", "1"), (b"%x", 5.0), (b"%X", "1"),
    (b"%o", 1.5), (b"%x", N()), (b"%d", float("inf")), (b"%d", float("nan")), (b"%i", float("-inf")),
    (b"%d", IE()), (b"%x", XE()), (b"%.2147483647d", 1), (b"%.2147483647x", 1),
    # %e %f %g
    (b"%f", "x"), (b"%f", "1.5"), (b"%e", None), (b"%g", [1]), (b"%f", 10 ** 400), (b"%E", FE()),
    (b"%F", FN()), (b"%G", XE()), (b"%f", b"1"),
    # '*'
    (b"%*d", ("a", 3)), (b"%.*d", ("x", 3)), (b"%*d", (2.0, 3)), (b"%*d", (2 ** 70, 3)),
    (b"%.*d", (2 ** 40, 3)), (b"%.*s", (2 ** 31, b"a")), (b"%*d", (2 ** 63, 1)), (b"%.*c", (2 ** 31, 1)),
    (b"%.*d", (2 ** 31 - 1, 1)), (b"%*s", (None, b"a")),
    # errors in order: the first conversion's error comes first
    (b"%s %s", (1, b"a")), (b"%d %s", (1, 2)), (b"%c %(a)s", (300,)), (b"%s %", (5,)),
    # bytearray formats raise the same
    (bytearray(b"%d"), "x"), (bytearray(b"%s %s"), (b"a",)), (bytearray(b"x"), (1,)), (bytearray(b"%y"), 1),
    (bytearray(b"%c"), 256), (bytearray(b"%s"), "s"),
]
for fmt, args in tests:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, repr(str(e)))

# the other operand order and other types
for f in [lambda: 5 % b"x", lambda: "x" % b"%s", lambda: b"%s" - 1, lambda: None % bytearray(b"%d"),
          lambda: b"%d" % [1, 2], lambda: bytearray(b"%d") % []]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
