# Trees of int arithmetic whose intermediates leave the small-int range
# (Molt evaluates them at once on int64 when it can): results, overflow into
# bigints, floor semantics, shifts, mixed types, operator order and errors.


def lcg(x):
    return (x * 1103515245 + 12345) % 2147483648


def mix(a, b, c, d):
    return a * b + c * d - (a ^ c) // (b | 1)


def shifts(x, s, t):
    return ((x << s) >> t) & 0xFFFFFFFFFFFF, (x << s) + (x >> t)


def floors(a, b, c):
    return (a * b) // c, (a * b) % c, (a - b) // c, (a - b) % c


x = 12345
acc = 0
for i in range(2000):
    x = lcg(x)
    acc += x * x % 1000003
print("lcg", x, acc)

vals = [0, 1, -1, 7, -7, 2**20, -(2**20), 2**31 - 1, -(2**31), 2**46 - 1, -(2**46), 2**47 - 1, -(2**47)]
for a in vals:
    for b in vals:
        print(mix(a, b, b, a), mix(a, 3, b, -5), end=" ")
    print()

for a in vals:
    for c in [1, -1, 2, -3, 1000003, -(2**31), 2**47 - 1]:
        print(floors(a, 2**40 + 3, c), floors(a, -(2**40), c), end=" ")
    print()

for s in [0, 1, 15, 16, 17, 30, 47, 48, 62, 63, 64, 100]:
    for v in [0, 1, -1, 3, -3, 2**46, -(2**46)]:
        print(shifts(v, s, min(s, 70)), end=" ")
    print()

# int64 boundaries: products and sums beyond int64 become big ints.
big = 2**46
print(big * big * 4 + 1, big * big * 8 - 1, -big * big * 8 - 1, (big * big * 8) // -1)
print((-(2**31)) * (2**32) // -1, (-(2**31)) * (2**32) % -1, (2**31) * (2**32) * 2 % 7)
print(1 << 62 << 1, -1 << 62 << 1, (1 << 62) + (1 << 62), (3 << 61) - (1 << 62))

# Floats, bools and big ints among the leaves.
f = 2.5
print(f * 3 + 1, 3 * f % 2, True + 2 * 3, (2**70) * 3 + 1, 7 * 3 + 2**64)

# In-place operators whose right side is a tree.
t = 5
t += 3 * 2**40
t *= 7 + 2**30
t %= 1000000007 * 3
t -= 2**47 * 4
print(t)
lst = [1]
lst += [2] * 3
print(lst)


class Loud:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        print("mul", self.v, o)
        return Loud(self.v * o)

    def __add__(self, o):
        print("add", self.v, o)
        return Loud(self.v + o)

    def __mod__(self, o):
        print("mod", self.v, o)
        return self.v % o


print((Loud(3) * 4 + 5) % 7)


def order(log):
    def val(n):
        log.append(n)
        return n

    return val(2) * val(3) + val(4) * val(5)


log = []
print(order(log), log)


def fails(kind, a, b):
    try:
        if kind == 0:
            return (a * b + 1) % 0
        if kind == 1:
            return (a * b) // (a - a) + 1
        if kind == 2:
            return (a << b) + (a << -1)
        if kind == 3:
            return (a * b) + "x"
    except (ZeroDivisionError, ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


for k in range(4):
    print(fails(k, 2**30, 2**30))

print(lcg(2**40) * lcg(7) + (2**47 - 1) * (2**47 - 1) % 2**47 - 3)
print((2**47 * 3 + 2**47) // 2**47, (-(2**47) * 3) % 2**46)
