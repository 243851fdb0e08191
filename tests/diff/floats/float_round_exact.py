# round(x, n) for tricky and random doubles at many n (CPython rounds the
# exact binary value half to even, then reads the decimal back).
import math

state = 0x0123456789ABCDEF


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return state >> 11


def rounds(x, ns):
    out = []
    for n in ns:
        try:
            out.append(repr(round(x, n)))
        except OverflowError as e:
            out.append("OverflowError:" + str(e))
    return " ".join(out)


fixed = [0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 4.35, 0.045, 1.15, 1.25, 0.285, 5e-324,
         1e-320, 2.5e-321, 1.7976931348623157e308, 1.5e308, 5e307, 123.456, 125.0, 135.0,
         1234567.891, 12345678901234567.0, 1e22, 1e-300, 0.1, 1.0 / 3, 999999999999.5]
for x in fixed:
    print(repr(x), rounds(x, (0, 1, 2, 3, 5, 10, 17, 22, 300, 323, 324, -1, -2, -3, -10, -300, -308)))
for i in range(500):
    r = rnd()
    if i % 3 == 0:
        x = math.ldexp(r >> (r % 40), -(rnd() % 60))  # binary fractions: many decimal ties
    elif i % 3 == 1:
        x = (r % 1000000) / 10 ** (r % 9)
    else:
        x = math.ldexp(r | (1 << 52), int(rnd() % 200) - 100)
    print(repr(x), rounds(x, (r % 8, r % 20, -(r % 10))))
