ops = [
    lambda: int("x"), lambda: int("10", 2), lambda: int("5", 1), lambda: float("abc"), lambda: chr(0x110000),
    lambda: [1, 2].index(3), lambda: "abc".index("z"), lambda: (1, 2).index(9), lambda: "a,b".split(""),
    lambda: range(0, 5, 0), lambda: "x".center(5, "ab"), lambda: int("1" * 5000),
    lambda: "{0}".format(), lambda: "{}".format(1, 2) + "{x}".format(), lambda: math_domain(),
    lambda: "%d" % 1.5 + "%z" % 1, lambda: bytes([300]), lambda: b"\xff".decode("utf-8"),
    lambda: "é".encode("ascii"), lambda: [1, 2, 3].__getitem__(slice(None, None, 0)),
]
def math_domain():
    return (-8) ** (1 / 3)
for op in ops:
    try:
        print("ok", op())
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
