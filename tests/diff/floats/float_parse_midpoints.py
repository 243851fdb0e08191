# float(str) on exact decimal midpoints between neighbouring doubles (they
# round half to even), and on decimals just below and just above them.

state = 0x5851F42D4C957F2D


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return state >> 11


def exact_decimal(m, e):
    # the exact decimal text of m * 2**e
    if e >= 0:
        return str(m << e)
    return "%de-%d" % (m * 5 ** (-e), -e)


out = []
for i in range(500):
    r = rnd()
    bexp = r % 2047
    frac = rnd() & ((1 << 52) - 1)
    if i % 3 == 0:
        bexp = r % 3  # subnormals and the smallest normals
    if i == 1:
        bexp, frac = 2046, (1 << 52) - 1  # halfway to 2**1024: rounds to inf
    if i == 2:
        bexp, frac = 0, 0  # halfway to 5e-324: rounds to 0
    if bexp == 0:
        m, e = frac, -1074
    else:
        m, e = frac | (1 << 52), bexp - 1075
    mid = exact_decimal(2 * m + 1, e - 1)
    mant, _, ex = mid.partition("e")
    tail = "e" + ex if ex else ""
    above = mant + ("000000000001" if ex else ".000000000001") + tail
    below = exact_decimal(4 * m + 1, e - 2)  # a quarter gap above x
    k = 1 + rnd() % 40
    cut = mant[:k] + "0" * max(0, len(mant) - k) + tail  # truncated: at or just below
    vals = [float(mid), float(above), float(below), float(cut)]
    print(" ".join(repr(v) for v in vals))
