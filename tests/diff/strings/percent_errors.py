tests = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%", ()), ("%z", 1), ("%(a)s", 1), ("%(a)s", {}),
         ("%c", "ab"), ("%c", 0x110000), ("%c", -1), ("%c", 1.5), ("%x", 1.5), ("%f", "x"), ("%s %s", "a"),
         ("%(a", {"a": 1}), ("%*d", ("x", 1)), ("%.*f", (1.5, 2.0)), ("abc", 5), ("%s", ()), ("%e", 10 ** 400),
         ("%y %d", (1, 2)), ("%d %", (1,)), ("%(a)s %s", {"a": 1}), ("%i", None), ("%o", "7")]
for fmt, args in tests:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)


# '*' precision beyond C int, %c's __index__ errors pass through
class XE:
    def __index__(self):
        raise ValueError("from __index__")


for fmt, args in [("%.*d", (2 ** 31, 1)), ("%.*s", (-(2 ** 31) - 1, "a")), ("%.*f", (2 ** 70, 1.0)),
                  ("%*d", (-(2 ** 63) - 1, 1)), ("%c", XE()), ("%c", 2 ** 70), ("%.*d", (2 ** 31 - 1, 1))]:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
