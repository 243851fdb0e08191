# divmod(a, b) with the builtin: small ints inline, everything else through
# the builtin (big ints, floats, bools, subclasses, errors).
import sys

for a in (7, -7, 0, 1, -1, 10**20, -(2**62), 2**62, 2**61, -(2**61), sys.maxsize, -sys.maxsize - 1):
    for b in (3, -3, 1, -1, 7, 10**19, -(2**61)):
        print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2), divmod(5, 0.5))


class I(int):
    def __divmod__(self, o):
        return "mine"

    def __rdivmod__(self, o):
        return "rmine"


print(divmod(I(3), 2), divmod(3, I(2)))


def grid(u, n):
    r, c = divmod(u, n)
    return r * 10 + c


print([grid(u, 4) for u in range(-5, 9)])
for a, b in ((1, 0), (1.0, 0), ("a", 2), (2, None)):
    try:
        divmod(a, b)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)


def shadow(divmod):
    return divmod(1, 2)


print(shadow(lambda a, b: "shadowed"))
print(divmod(-(2**62), -1))
