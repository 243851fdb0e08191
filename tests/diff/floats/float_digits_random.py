# Float -> text on random doubles (random bit patterns incl. subnormals,
# integers, short binary fractions whose decimals end in 5, huge values):
# repr and a checksum of str/format()/%-formatting at many precisions
# (wasm32's stdout through Node breaks on outputs beyond 64 KB).
import math

P = 2305843009213693951
state = 0x2545F4914F6CDD1D


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return state >> 11  # 53 bits


def ck(parts):
    h = 0
    for s in parts:
        h = (h * 1000003 + int.from_bytes(s.encode(), "big") % P + len(s)) % P
    return "%015x" % h


def from_bits(bexp, frac):
    if bexp == 0:
        return math.ldexp(frac, -1074)
    return math.ldexp(frac | (1 << 52), bexp - 1075)


specs = ["", ".0e", ".3e", ".16e", ".20e", ".0f", ".2f", ".5f", ".17f", ".25f", ".1g", ".6g",
         ".15g", ".17g", "g", "%", ".12", "#.3g"]
total = []
for i in range(600):
    r = rnd()
    kind = i % 5
    if kind == 0:
        x = from_bits(r % 2047, rnd() & ((1 << 52) - 1))
    elif kind == 1:
        x = from_bits(0, r & ((1 << 52) - 1))
    elif kind == 2:
        x = float(r >> (r % 50))
    elif kind == 3:
        x = math.ldexp(r >> (20 + r % 30), -(r % 40))
    else:
        x = -from_bits(900 + r % 147, rnd() & ((1 << 52) - 1))
    rest = [str(x)] + [format(x, s) for s in specs]
    rest.append("%.3e %.10f %.4g %g %.0f %.30e" % ((x,) * 6))
    print(repr(x), float(repr(x)) == x, ck(rest))
