#!/usr/bin/env python3.12
"""Differential test of Molt's int/str formatting runtime against CPython 3.12.

Random (value, spec) pairs for format(int, spec) and format(str, spec), and
random %-format strings with int/str arguments, are sent to
tests/rt/format_driver.cpp (molt/format.h) and compared, output and
exception type + message, with what this interpreter computes.

    python3.12 tests/rt/format_diff.py [--driver PATH] [--seed N] [--count N]

Without --driver the driver is compiled (c++ -O2) into a temporary folder
from runtime/core/format.cpp, floatfmt*.cpp and bigint*.cpp. Exit status 0
iff every case matched; the last line is "N passed, N failed".
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.set_int_max_str_digits(0)


def build_driver(outdir):
    cxx = os.environ.get("CXX", "c++")
    core = os.path.join(ROOT, "runtime", "core")
    srcs = sorted(os.path.join(core, f) for f in os.listdir(core)
                  if f.endswith(".cpp") and (f.startswith("bigint") or f.startswith("floatfmt")
                                             or f in ("format.cpp", "hash.cpp", "textfmt.cpp")))
    exe = os.path.join(outdir, "format_driver")
    cmd = [cxx, "-std=c++20", "-O2", "-fno-exceptions", "-fno-rtti",
           "-I", os.path.join(ROOT, "runtime", "include"),
           os.path.join(ROOT, "tests", "rt", "format_driver.cpp"), *srcs, "-o", exe]
    subprocess.run(cmd, check=True)
    return exe


def hx(s):
    return s.encode("utf-8", "surrogatepass").hex() or "-"


def ihex(v):
    return format(v, "x")


def run(fn):
    try:
        return "OK " + hx(fn())
    except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
        return "ERR %s %s" % (type(e).__name__, hx(str(e)))


FILLS = [" ", "*", "0", "x", "é", "€", "<", "=", "_", ",", "#", "+", "z", "😀"]


class Gen:
    def __init__(self, r):
        self.r = r

    def int_value(self):
        r = self.r
        k = r.random()
        if k < 0.3:
            v = r.randrange(-1000, 1000)
        elif k < 0.55:
            v = r.getrandbits(r.randrange(1, 64))
        elif k < 0.7:
            v = r.choice([0, 1, -1, 2**63 - 1, -2**63, 2**63, 2**64, -2**64 - 1, 0x10FFFF,
                          0x110000, 0xD800, 65, 233, 0x1F600])
        elif k < 0.95:
            v = r.getrandbits(r.randrange(64, 700))
        else:
            v = r.getrandbits(r.randrange(1020, 1400))  # float overflow territory
        return -v if r.random() < 0.4 else v

    def str_value(self):
        r = self.r
        alphabet = "abcXYZ 012-_" + "éßΩ€😀\u0301"
        return "".join(r.choice(alphabet) for _ in range(r.randrange(0, 12)))

    def spec(self, types):
        r = self.r
        s = ""
        k = r.random()
        if k < 0.25:
            s += r.choice(FILLS) + r.choice("<>=^")
        elif k < 0.5:
            s += r.choice("<>=^")
        if r.random() < 0.3:
            s += r.choice("+- ")
        if r.random() < 0.05:
            s += "z"
        if r.random() < 0.25:
            s += "#"
        if r.random() < 0.2:
            s += "0"
        if r.random() < 0.5:
            s += str(r.choice([r.randrange(0, 30), r.randrange(0, 5)]))
        if r.random() < 0.25:
            s += r.choice([",", "_", ",", "_", ",,", "__", ",_"])
        if r.random() < 0.1:
            s += "." + str(r.randrange(0, 12)) if r.random() < 0.9 else "."
        if r.random() < 0.85:
            s += r.choice(types)
        if r.random() < 0.02:
            s = r.choice(["", "q", "é", "\x7f", "d5", "5,d,", "<<", "%%"]) + s
        return s


def int_cases(g, n):
    for _ in range(n):
        v = g.int_value()
        spec = g.spec("bcdoxXn" * 3 + "eEfFgG%" + "sq")
        if spec.endswith("c") and g.r.random() < 0.7:
            v = g.r.randrange(-5, 0x110005) if g.r.random() < 0.8 else g.r.randrange(32, 127)
        yield "I %s %s" % (ihex(v), hx(spec)), (lambda v=v, spec=spec: format(v, spec))


def str_cases(g, n):
    for _ in range(n):
        v = g.str_value()
        spec = g.spec("ssssd")
        yield "S %s %s" % (hx(v), hx(spec)), (lambda v=v, spec=spec: format(v, spec))


def percent_case(g):
    r = g.r
    fmt = ""
    args = []
    has_repr = False
    for _ in range(r.randrange(0, 5)):
        if r.random() < 0.5:
            fmt += r.choice(["abc", " ", "é", "%%", "x y", "€"])
        conv = "%"
        if r.random() < 0.02:
            conv += "(k)"
        conv += "".join(r.choice("-+ #0") for _ in range(r.choice([0, 0, 1, 2, 3])))
        stars = []
        if r.random() < 0.1:
            conv += "*"
            stars.append(r.randrange(-12, 12))
        elif r.random() < 0.4:
            conv += str(r.randrange(0, 25))
        if r.random() < 0.1:
            conv += ".*"
            stars.append(r.randrange(-5, 12))
        elif r.random() < 0.3:
            conv += "." + str(r.randrange(0, 15)) if r.random() < 0.9 else "."
        if r.random() < 0.05:
            conv += r.choice("hlL")
        t = r.choice("diuoxXcsra" * 4 + "eEfFgG" + "yz%")
        if r.random() < 0.02:
            conv = conv[:r.randrange(1, len(conv) + 1)]  # incomplete
            t = ""
        conv += t
        has_repr = has_repr or t in ("r", "a")
        fmt += conv
        args.extend(stars)
        if t in "diuoxXraeEfFgG" and t:
            args.append(g.int_value() if r.random() < 0.8 else r.randrange(-99, 99))
        elif t == "c":
            args.append(r.randrange(-3, 0x110003) if r.random() < 0.6 else r.choice(["a", "é", "😀", "ab", ""]))
        elif t == "s":
            args.append(g.str_value() if r.random() < 0.6 else g.int_value())
        elif t:
            args.append(r.randrange(0, 9))
    if r.random() < 0.1 and args:
        args.pop()
    if r.random() < 0.05:
        args.append(7)
    if r.random() < 0.05:
        # a %d/%x/'*' given a str
        args = [a if r.random() < 0.7 else "s" for a in args]
    single = len(args) == 1 and r.random() < 0.3
    # %r/%a of a str would need repr(): send ints only for those
    if any(isinstance(a, str) for a in args) and has_repr:
        args = [a if not isinstance(a, str) else 5 for a in args]
    enc = []
    for a in args:
        enc.append(("i:" + ihex(a)) if isinstance(a, int) else ("s:" + hx(a)))
    line = "P %s %s %s" % (hx(fmt), "1" if single else "t", " ".join(enc))
    value = args[0] if single else tuple(args)
    return line, (lambda fmt=fmt, value=value: fmt % value)


def percent_cases(g, n):
    for _ in range(n):
        yield percent_case(g)


FIXED_INT = [(65, "c"), (-1, "c"), (0x110000, "c"), (65, "+c"), (65, "#c"), (65, ",c"),
             (1, "q"), (1, ".2d"), (1, "z"), (1, ",,"), (1, ",x"), (1, "_n"), (10**400, "e"),
             (12345678, "_x"), (-255, "#010_x"), (-255, "=#10x"), (1234567, "010,"),
             (5, "=^10"), (1234, "08,"), (1234, "0=8_"), (255, "#b"), (255, "_b"),
             (10**30, ",d"), (-10**30, "+040,"), (3, ".1%"), (10**5000, "d"), (10**5000, "x")]
FIXED_STR = [("abc", "+"), ("abc", "#"), ("abc", "="), ("abc", "d"), ("abc", "010"),
             ("abcdef", ".2"), ("abc", "^7.2"), ("é€😀", "*^9.2"), ("abc", ","), ("abc", "z")]


def describe(line):
    out = []
    for t in line.split(" ")[1:]:
        if len(t) > 80:
            out.append("<%d hex chars>" % len(t))
            continue
        try:
            pre, body = (t[:2], t[2:]) if t[:2] in ("i:", "s:") else ("", t)
            out.append(pre + (repr(bytes.fromhex(body).decode("utf-8", "surrogatepass"))
                              if body != "-" and pre != "i:" else body))
        except ValueError:
            out.append(t)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--count", type=int, default=4000, help="cases per kind")
    ns = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        exe = ns.driver or build_driver(tmp)
        g = Gen(random.Random(ns.seed))
        cases = []
        for v, s in FIXED_INT:
            cases.append(("I %s %s" % (ihex(v), hx(s)), lambda v=v, s=s: format(v, s)))
        for v, s in FIXED_STR:
            cases.append(("S %s %s" % (hx(v), hx(s)), lambda v=v, s=s: format(v, s)))
        cases += list(int_cases(g, ns.count))
        cases += list(str_cases(g, ns.count))
        cases += list(percent_cases(g, ns.count))
        inp = "".join(line + "\n" for line, _ in cases)
        res = subprocess.run([exe], input=inp, capture_output=True, text=True, check=True)
        got = res.stdout.splitlines()
    passed = failed = 0
    for i, (line, fn) in enumerate(cases):
        want = run(fn)
        have = got[i] if i < len(got) else "<missing>"
        if want == have:
            passed += 1
            continue
        failed += 1
        if failed <= 30:
            def dec(x):
                p = x.split(" ")
                return " ".join(p[:-1] + [repr(bytes.fromhex(p[-1]).decode("utf-8", "surrogatepass")
                                                if p[-1] != "-" else "")]) if len(p) >= 2 else x
            print("MISMATCH", line if len(line) < 300 else line[:300] + "...")
            print("   input:", describe(line))
            print("   want:", dec(want))
            print("   have:", dec(have))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
