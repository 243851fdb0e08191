#!/usr/bin/env python3
"""Differential check of Molt's float helpers (runtime/core/floatfmt*.cpp)
against the reference CPython 3.12.

Builds tests/rt/floatfmt_driver.cpp with the runtime sources, generates many
random and edge-case doubles (random bit patterns, random decimals, integers,
powers of 10 and 2 and their neighbours, subnormals, binary and decimal
halfway cases) crossed with random format specs, %-conversions, strings for
float()/float.fromhex(), operand pairs for // % divmod / ** and round(x, n),
runs them through the driver and compares every line with what this
interpreter computes.

Usage:  $(tools/find-python312) tests/rt/floatfmt_diff.py [--seed N] [--scale K]
        [--driver PATH] [--cxx CXX] [--show N]
Exit status 0 when every case matches. Must run under CPython 3.12 (it
re-executes itself with tools/find-python312 otherwise).
"""
import argparse
import math
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

if sys.version_info[:2] != (3, 12):
    py = subprocess.run([os.path.join(REPO, "tools", "find-python312")],
                        capture_output=True, text=True).stdout.strip()
    if not py:
        sys.exit("floatfmt_diff: no CPython 3.12 found (tools/find-python312)")
    os.execv(py, [py] + sys.argv)


# ------------------------------------------------------------------ encoding

def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def dhex(x):
    return "%016x" % bits(x)


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def dbl(x):
    return "nan" if x != x else dhex(x)


def shex(s):
    b = s.encode("utf-8", "surrogatepass") if isinstance(s, str) else s
    return b.hex() or "-"


def unshex(h):
    return b"" if h == "-" else bytes.fromhex(h)


STATUS = {ValueError: "ValueError", OverflowError: "OverflowError",
          ZeroDivisionError: "ZeroDivisionError", MemoryError: "MemoryError"}


def err(ex):
    name = STATUS.get(type(ex), type(ex).__name__)
    msg = "" if isinstance(ex, MemoryError) else str(ex)
    return "E %s %s" % (name, shex(msg))


def res(fn):
    try:
        v = fn()
    except Exception as ex:  # noqa: BLE001 - we compare the exception itself
        return err(ex)
    if isinstance(v, complex):
        return "E Complex -"
    return dbl(v)


def intval(fn):
    try:
        v = fn()
    except Exception as ex:  # noqa: BLE001
        return err(ex)
    if -(1 << 63) <= v < (1 << 63):
        return "i %d" % v
    f, e = math.frexp(float(abs(v)))
    return "m %d %d %d" % (1 if v < 0 else 0, int(f * 2**53), e - 53)


# ------------------------------------------------------------- value makers

def special_values():
    vals = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3,
            1 / 3, 2 / 3, 2.675, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, 1e16, 1e15,
            9999999999999998.0, 1e22, 1e23, 5e-324, -5e-324, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
            123456789.0, 1234.5, 0.0001, 0.00001, 1e-5, 1e-4, 9.5, 0.05, 1e300, 1e-300,
            4.35, 0.045, 1.25, 1e100, 12345678.9, 1234567.0, 0.9999999999999999,
            9.999999999999999e22, 2**53 + 0.0, 2**52 + 0.5, 2**63 + 0.0, -2**63 + 0.0,
            2**64 + 0.0, 4503599627370495.5, 0.49999999999999994]
    return vals


def gen_values(rng, scale):
    out = special_values()
    for _ in range(6000 * scale):  # random bit patterns
        out.append(from_bits(rng.getrandbits(64)))
    for _ in range(6000 * scale):  # random decimals, 1..17 significant digits
        nd = rng.randint(1, 17)
        d = str(rng.randint(10 ** (nd - 1), 10 ** nd - 1))
        out.append(float("%s%se%d" % (rng.choice("+-"), d, rng.randint(-340, 310))))
    for _ in range(4000 * scale):  # short human decimals
        nd = rng.randint(1, 5)
        d = str(rng.randint(1, 10 ** nd - 1))
        out.append(float("%se%d" % (d, rng.randint(-12, 22))) * rng.choice((1, -1)))
    for _ in range(2000 * scale):  # integers
        nb = rng.randint(0, 1030)
        v = rng.getrandbits(nb) if nb else rng.randint(-1000, 1000)
        try:
            out.append(float(v) * rng.choice((1, -1)))
        except OverflowError:
            pass
    for e in range(-325, 309):  # powers of ten and their neighbours
        p = float("1e%d" % e)
        out += [p, math.nextafter(p, math.inf), math.nextafter(p, 0.0),
                float("5e%d" % e), float("2.5e%d" % e)]
    for e in range(-1074, 1024):  # powers of two and their neighbours
        p = math.ldexp(1.0, e)
        out += [p, math.nextafter(p, math.inf), math.nextafter(p, 0.0), -p * 1.5]
    for _ in range(1500 * scale):  # subnormals
        out.append(from_bits(rng.getrandbits(52)) * rng.choice((1, -1)))
    for _ in range(3000 * scale):  # binary fractions that are exact decimal ties
        k = rng.randint(1, 30)
        v = math.ldexp(rng.getrandbits(rng.randint(1, 53)) | 1, -k)
        out.append(v * rng.choice((1, -1, 10, 100, 1e-3)))
    for _ in range(1500 * scale):  # decimal ties d.dd5 (inexact in binary)
        nd = rng.randint(1, 15)
        out.append(float("%d5e%d" % (rng.randint(0, 10 ** nd), rng.randint(-nd - 20, 20))))
    return out


# --------------------------------------------------------------- spec makers

FILLS = [" ", "*", "0", "x", "é", "€", "😀", "{", "<", "=", "\n", "z", "#", ",", "_"]
PRECS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 16, 17, 18, 20, 25, 30, 40, 60]
BIG_PRECS = [100, 200, 330, 350, 500, 760, 800, 801, 1074, 1100, 1101, 1200]
TYPES = ["", "e", "E", "f", "F", "g", "G", "n", "%"]
BAD_TYPES = ["d", "x", "s", "b", "c", "r", "a", "o", "X", "\n", "é", "z", " ", "\x7f", "€"]
GARBAGE = "<>=^+- z#0123456789,_.eEfFgGn%dxsé"


def gen_spec(rng):
    r = rng.random()
    if r < 0.04:  # random garbage, mostly errors
        return "".join(rng.choice(GARBAGE) for _ in range(rng.randint(1, 7)))
    s = ""
    a = rng.random()
    if a < 0.15:
        s += rng.choice("<>=^")
    elif a < 0.35:
        s += rng.choice(FILLS) + rng.choice("<>=^")
    if rng.random() < 0.3:
        s += rng.choice("+- ")
    if rng.random() < 0.12:
        s += "z"
    if rng.random() < 0.2:
        s += "#"
    if rng.random() < 0.25:
        s += "0"
    if rng.random() < 0.5:
        s += str(rng.randint(0, 40))
    if rng.random() < 0.2:
        s += rng.choice(",_")
    p = rng.random()
    if p < 0.5:
        s += "." + str(rng.choice(PRECS))
    elif p < 0.55:
        s += "." + str(rng.choice(BIG_PRECS))
    s += rng.choice(BAD_TYPES) if rng.random() < 0.03 else rng.choice(TYPES)
    return s


# Specs checked against every special value (errors, limits, corner layouts).
FIXED_SPECS = [
    "", ".3", "#", "#.3", "#.0", ".0", ".1", "010,.1f", "09,.1f", "08,.1f", "011,.1f",
    "012,.1f", "x=12,.1f", "0=12,.1f", "0>12,.1f", "<012,.1f", "<08", "x<08", "^08",
    "010", "010f", "010,", "+", "z", "z.2f", "z.2e", "z%", "z.2%", "z#", "z.0f", "ze", "zg",
    "zn", "z=+10", "+z", ".3000000000f", ".2147483648f", ".2147483648", ".2147483648%",
    ".99999999999999999999999f", "99999999999999999999999", "9223372036854775808",
    "9223372036854775807", ".9223372036854775807f", ".9223372036854775808", ".3000000000d",
    "d", "x", ",n", "_n", ",_", "_,", ",,", "__", ".", ".f", "ff", "\x01", "\x7f", "\xe9",
    "\u20ac", "\U0001F600", "\n", " ", ",s", "s", "=", "zz", "#n", "n", ".10n", "1 ", "< ",
    "1\x7f", ",\x7f", ",\n", ",\xe9", "_d", "_x", "_b", ",x", ",%", "_%", "\xe9\xe9",
    "\xe9<10", "\U0001F600^10", "\x00<5", "{<5", "10.2ff", "z#0,.3f", "#z", "+-", "+ ",
    "00", "000", "0010", "<<", "<<<", "0<<", "0", "x<010", ">010", "x>010", "=010", "x=010",
    "020,", "=+020_", ",_x", ",,f", ",_f", "_,f", ",.", ",.f", ",ff", ".1,", ".1_", "._",
    ",,,", ",_,", "015,.2%", ",.0%", "_e", "020_.3g", "020_.8g", "020_", "016,", "+016_",
    " 016_", "z=+015,.2f", ".100f", ".1200e", "#.800g", ".400", "#.50", ",.2f", "-^30,.5G",
    "\x00=20,", "0=-20_.3%", "%", ".0%", "#.0%", "E", "F", "G", "#.0e", "#.0f", "#g", "#e",
]


def gen_percent(rng):
    flags = "".join(f for f in "-+ #0" if rng.random() < 0.2)
    width = rng.randint(0, 40) if rng.random() < 0.5 else -1
    r = rng.random()
    prec = -1 if r < 0.35 else rng.choice(PRECS) if r < 0.95 else rng.choice(BIG_PRECS)
    typ = rng.choice("eEfFgGrsa")
    return flags, width, prec, typ


def percent_expr(flags, width, prec, typ):
    s = "%" + flags
    if width >= 0:
        s += str(width)
    if prec >= 0:
        s += "." + str(prec)
    return s + typ


# ----------------------------------------------------------- string makers

def sprinkle_underscores(rng, s):
    out = []
    for ch in s:
        out.append(ch)
        if rng.random() < 0.15:
            out.append("_")
    return "".join(out)


def gen_float_strings(rng, values, scale):
    ws = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x00"]
    out = ["inf", "-inf", "+inf", "Infinity", "-iNfInItY", "nan", "-NaN", "+nan", "infi",
           "nan(1)", "", " ", ".", "e5", "1e", "1e+", ".e1", "-.e1", "1.e1", ".5", "5.",
           "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1e_10", "0x1p3", "1,5",
           "++1", "- 1", "1.5j", "0" * 500, "9" * 400, "0." + "0" * 400 + "1e400",
           "1e99999999999999999999", "1e-99999999999999999999", "2.4703282292062328e-324",
           "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308",
           "in_f", "1.5_", "0_0.0_0e0_0", "1.5e+-1", "1\x00"]
    for _ in range(5000 * scale):
        v = rng.choice(values)
        k = rng.random()
        if k < 0.3:
            s = repr(v)
        elif k < 0.5:
            s = "%.*e" % (rng.randint(0, 25), v)
        elif k < 0.6:
            s = "%.*f" % (rng.randint(0, 30), v) if abs(v) < 1e30 or v != v else repr(v)
        else:
            nd = rng.randint(1, 40)
            s = (rng.choice(["", "+", "-"]) + "".join(rng.choice("0123456789") for _ in range(nd)))
            if rng.random() < 0.7:
                cut = rng.randint(0, len(s))
                s = s[:cut] + "." + s[cut:]
            if rng.random() < 0.5:
                s += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 400))
        if rng.random() < 0.2:
            s = sprinkle_underscores(rng, s)
        if rng.random() < 0.15:
            s = rng.choice(ws) + s
        if rng.random() < 0.15:
            s = s + rng.choice(ws)
        if rng.random() < 0.03:
            i = rng.randint(0, len(s))
            s = s[:i] + rng.choice("x._e+- ") + s[i:]
        out.append(s)
    return out


def gen_hex_strings(rng, values, scale):
    out = ["0x1.8p1", " 0X1.8P1 ", "1.8", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
           "0x3p-1076", "0x1p1024", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
           "inf", "-Infinity", "nan", "0x", "0x.p1", "0x1p", "0x1p+", "0x1.", "0x.8", ".8",
           "0x1_0", "", "0x1p99999999999999999999999", "0x1p-99999999999999999999999",
           "0x0p99999999999999999999999", "0x1.8p1 x", "0x000000000000000000000000001p0",
           "0x1" + "0" * 300 + "p-1200", "0x0." + "0" * 300 + "1p1200", "\xa00x1p1",
           "0x1.8p1\x1c", "\x0b0x1p0\x0c", "infinit", "0x-1p0", "+-0x1p0", "0x 1", "- 0x1",
           "0x1.1.1", "x1p0", "0x1pa", ".", "0x."]
    for _ in range(4000 * scale):
        k = rng.random()
        if k < 0.35:
            s = rng.choice(values).hex()
        else:
            nd = rng.randint(1, 30)
            digs = "".join(rng.choice("0123456789abcdefABCDEF") for _ in range(nd))
            if rng.random() < 0.3:
                digs = "0" * rng.randint(1, 20) + digs
            if rng.random() < 0.7:
                cut = rng.randint(0, len(digs))
                digs = digs[:cut] + "." + digs[cut:]
            s = rng.choice(["", "+", "-"]) + rng.choice(["0x", "0X", "", "0x"]) + digs
            if rng.random() < 0.8:
                s += rng.choice("pP") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 1200))
        if rng.random() < 0.1:
            s = " " + s
        if rng.random() < 0.1:
            s += "\t"
        if rng.random() < 0.03:
            i = rng.randint(0, len(s))
            s = s[:i] + rng.choice("x._p+- g") + s[i:]
        out.append(s)
    return out


# --------------------------------------------------------------------- main

def nice_operand(rng, values):
    r = rng.random()
    if r < 0.3:
        return rng.choice(values)
    if r < 0.5:
        return float(rng.randint(-20, 20))
    if r < 0.6:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 0.5, -0.5, 1.0, -1.0,
                           2.0, -2.0, 1e-320, -1e-320, 1e308, -1e308, 0.1, -0.1])
    if r < 0.8:
        return rng.randint(-400, 400) / rng.choice([1, 2, 4, 8, 3, 10])
    return from_bits(rng.getrandbits(64))


def build_driver(cxx, outdir):
    srcs = [os.path.join(HERE, "floatfmt_driver.cpp")]
    core = os.path.join(REPO, "runtime", "core")
    srcs += [os.path.join(core, f) for f in sorted(os.listdir(core))
             if ((f.startswith("floatfmt") or f.startswith("bigint")) and f.endswith(".cpp"))
             or f in ("hash.cpp", "textfmt.cpp")]
    exe = os.path.join(outdir, "floatfmt_driver")
    cmd = [cxx, "-std=c++20", "-O2", "-I", os.path.join(REPO, "runtime", "include"), *srcs, "-o", exe]
    subprocess.run(cmd, check=True)
    return exe


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--scale", type=int, default=1, help="multiplies the random case counts")
    ap.add_argument("--driver", help="prebuilt driver (default: build one)")
    ap.add_argument("--cxx", default=os.environ.get("CXX", "c++"))
    ap.add_argument("--show", type=int, default=8, help="mismatches shown per category")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    tmp = tempfile.mkdtemp(prefix="floatfmt_diff.")
    driver = args.driver or build_driver(args.cxx, tmp)

    values = gen_values(rng, args.scale)
    cases = []  # (category, command line, expected line, description)

    def add(cat, cmd, exp, desc):
        cases.append((cat, cmd, exp, desc))

    for v in values:
        add("repr", "R " + dhex(v), shex(repr(v)), "repr(%r)" % v)
        add("hex", "H " + dhex(v), shex(v.hex()), "(%r).hex()" % v)
        for _ in range(6):
            spec = gen_spec(rng)
            try:
                exp = shex(format(v, spec))
            except Exception as ex:  # noqa: BLE001
                exp = err(ex)
            add("format", "F %s %s" % (dhex(v), shex(spec)), exp, "format(%r, %r)" % (v, spec))
        for _ in range(2):
            flags, width, prec, typ = gen_percent(rng)
            fmt = percent_expr(flags, width, prec, typ)
            try:
                exp = shex(fmt % v)
            except Exception as ex:  # noqa: BLE001
                exp = err(ex)
            add("percent", "P %s x%s %d %d %s" % (dhex(v), flags.replace(" ", "s"), width, prec, typ),
                exp, "%r %% %r" % (fmt, v))
        nd = rng.choice([rng.randint(-5, 20), rng.randint(-330, 330), rng.randint(-20, 20)])
        add("round", "O %s %d" % (dhex(v), nd), res(lambda: round(v, nd)), "round(%r, %d)" % (v, nd))
        hv = 0 if v != v else hash(v)
        ratio = None
        try:
            n, d = v.as_integer_ratio()
            if d > 1:
                ratio = "%d 0 %d" % (n, d.bit_length() - 1)
            elif n == 0:
                ratio = "0 0 0"
            else:
                s = (n & -n).bit_length() - 1
                ratio = "%d %d 0" % (n >> s, s)
        except Exception as ex:  # noqa: BLE001
            ratio = err(ex)
        exp = "%s | %s | %d | %s | %s" % (intval(lambda: int(v)), intval(lambda: round(v)), hv,
                                          "T" if v.is_integer() else "F", ratio)
        add("intinfo", "I " + dhex(v), exp, "int/round/hash/is_integer/ratio of %r" % v)

    for v in special_values():
        for spec in FIXED_SPECS:
            try:
                exp = shex(format(v, spec))
            except Exception as ex:  # noqa: BLE001
                exp = err(ex)
            add("format", "F %s %s" % (dhex(v), shex(spec)), exp, "format(%r, %r)" % (v, spec))

    # round(x, n) on values near ties at the rounding position
    for _ in range(20000 * args.scale):
        nd = rng.randint(-25, 25)
        m = rng.randint(0, 10 ** rng.randint(1, 16))
        v = float("%d5e%d" % (m, -nd - 1)) * rng.choice((1, -1))
        add("round", "O %s %d" % (dhex(v), nd), res(lambda: round(v, nd)), "round(%r, %d)" % (v, nd))

    # round(x, n) with the rounding position inside the significant digits
    for _ in range(20000 * args.scale):
        v = rng.choice(values) if rng.random() < 0.5 else from_bits(rng.getrandbits(64))
        if not math.isfinite(v) or v == 0.0:
            continue
        e10 = math.floor(math.log10(abs(v)))
        nd = -e10 + rng.randint(-2, 17)
        add("round", "O %s %d" % (dhex(v), nd), res(lambda: round(v, nd)), "round(%r, %d)" % (v, nd))

    for s in gen_float_strings(rng, values, args.scale):
        exp = res(lambda: float(s))
        full = "E ValueError " + shex("could not convert string to float: %r" % s)
        if exp == full:  # the runtime appends repr(s) itself
            exp = "E ValueError " + shex("could not convert string to float: ")
        add("float(str)", "S " + shex(s), exp, "float(%r)" % s)
    for s in gen_hex_strings(rng, values, args.scale):
        add("fromhex", "X " + shex(s), res(lambda: float.fromhex(s)), "float.fromhex(%r)" % s)

    for _ in range(30000 * args.scale):
        a, b = nice_operand(rng, values), nice_operand(rng, values)
        try:
            dm = divmod(a, b)
            dme = dbl(dm[0]) + " " + dbl(dm[1])
        except Exception as ex:  # noqa: BLE001
            dme = err(ex)
        exp = "%s %s %s %s" % (res(lambda: a // b), res(lambda: a % b), dme, res(lambda: a / b))
        add("divmod", "D %s %s" % (dhex(a), dhex(b)), exp, "// %% divmod / of %r, %r" % (a, b))
        a2 = nice_operand(rng, values)
        b2 = rng.choice([nice_operand(rng, values), float(rng.randint(-50, 50)),
                         rng.randint(-40, 40) / 2, rng.uniform(-3, 3)])
        exp = res(lambda: a2 ** b2)
        if exp == "E OverflowError " + shex("complex exponentiation"):
            exp = "E Complex -"  # the complex pow of the caller overflowed
        add("pow", "W %s %s" % (dhex(a2), dhex(b2)), exp, "%r ** %r" % (a2, b2))

    inp = "".join(c[1] + "\n" for c in cases)
    proc = subprocess.run([driver], input=inp.encode(), capture_output=True)
    shutil.rmtree(tmp, ignore_errors=True)
    if proc.returncode != 0:
        sys.exit("driver failed: %s" % proc.stderr.decode(errors="replace"))
    got = proc.stdout.decode().split("\n")
    stats = {}
    shown = {}
    for i, (cat, cmd, exp, desc) in enumerate(cases):
        st = stats.setdefault(cat, [0, 0])
        st[0] += 1
        g = got[i] if i < len(got) else "<missing>"
        if g != exp:
            st[1] += 1
            if shown.get(cat, 0) < args.show:
                shown[cat] = shown.get(cat, 0) + 1

                def show(x, cat=cat):
                    parts = x.split(" ")
                    if x.startswith("E ") and len(parts) == 3:
                        return "%s %r" % (parts[1], unshex(parts[2]).decode("utf-8", "replace"))
                    if cat in ("repr", "hex", "format", "percent"):
                        return repr(unshex(x).decode("utf-8", "replace"))
                    return " ".join(repr(from_bits(int(p, 16))) if len(p) == 16 else p for p in parts)
                print("MISMATCH [%s] %s\n   python: %s\n   molt:   %s" % (cat, desc, show(exp), show(g)))
    total = sum(s[0] for s in stats.values())
    bad = sum(s[1] for s in stats.values())
    print("floatfmt_diff: seed %d, %d generated doubles" % (args.seed, len(values)))
    for cat in sorted(stats):
        print("  %-11s %8d cases, %6d mismatches" % (cat, stats[cat][0], stats[cat][1]))
    print("  %-11s %8d cases, %6d mismatches" % ("TOTAL", total, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
