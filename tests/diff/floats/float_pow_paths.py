# float ** float: a positive finite base to a finite power calls the C
# library's pow inline; every other case (zero, negative, infinite or NaN
# operands, overflow, ints and their subclasses) goes through the runtime's
# operator. (Float subclasses are a known gap: classes/sub_float_basic.py.)
# Both must give CPython's results, bit for bit, and its exceptions.
import math


class I(int):
    def __rpow__(self, other):
        return ("rpow", other)


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__, e)
        return
    print(repr(r), math.copysign(1.0, r) if isinstance(r, float) else "")


def pw(a, b):
    return a ** b


def ipw(a, b):
    a **= b
    return a


def main():
    bases = [2.0, 0.5, 1.0, 1e-300, 1e300, 3.7, 10.0, 7.25e-5]
    exps = [0.5, 2.0, -1.5, 0.0, -0.0, 1e-10, 3.0, 100.0, -100.0, 1.0 / 3.0]
    for a in bases:
        row = []
        for b in exps:
            try:
                row.append(pw(a, b))
            except OverflowError:
                row.append("overflow")
        print(row)
    total = 0.0
    for i in range(1, 2000):
        x = i * 0.731
        total += x ** 0.5 + x ** 1.5 + (1.0 / x) ** 2.5
    print(total)
    for a, b in [(0.0, 2.0), (-0.0, 3.0), (-0.0, 0.5), (0.0, -1.0), (-2.0, 0.5),
                 (-2.0, 3.0), (-8.0, 1.0 / 3.0), (math.inf, 0.5), (-math.inf, 3.0),
                 (-math.inf, -2.0), (math.nan, 0.0), (1.0, math.nan), (math.nan, 2.0),
                 (2.0, math.inf), (0.5, math.inf), (2.0, -math.inf), (-1.0, math.inf),
                 (10.0, 400.0), (1e300, 2.0), (1e-300, 2.0), (1e-300, -2.0), (2.0, -1075.0),
                 (2.0, 1023.5), (2.0, 1024.0)]:
        show(pw, a, b)
        show(ipw, a, b)
    show(pw, 2.0, I(3))
    show(pw, 2, 0.5)
    show(pw, 2.0, 3)
    show(pw, 2.0, True)
    show(pw, 9.0, 10**400)
    show(ipw, 4.0, 0.5)


main()
