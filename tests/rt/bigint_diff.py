#!/usr/bin/env python3.12
"""Differential stress test of Molt's bigint runtime against CPython 3.12.

Generates thousands of random operands (small, large, negative, near limb
boundaries, powers of two +-1, up to ~5000 decimal digits) for every
operation of molt/bigint.h, feeds them to tests/rt/bigint_driver.cpp and
compares every output line with Python's own result.

    python3.12 tests/rt/bigint_diff.py [--driver PATH] [--seed N] [--scale K]

Without --driver the driver is compiled (c++ -O2) into a temporary folder
from runtime/core/bigint*.cpp. Exit status 0 iff every case matched; the
last line is "N passed, N failed".
"""
import argparse
import math
import os
import random
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.set_int_max_str_digits(0)


def build_driver(outdir):
    cxx = os.environ.get("CXX", "c++")
    srcs = sorted(
        os.path.join(ROOT, "runtime", "core", f)
        for f in os.listdir(os.path.join(ROOT, "runtime", "core"))
        if (f.startswith("bigint") and f.endswith(".cpp")) or f in ("hash.cpp", "textfmt.cpp"))
    exe = os.path.join(outdir, "bigint_driver")
    cmd = [cxx, "-std=c++20", "-O2", "-fno-exceptions", "-fno-rtti",
           "-I", os.path.join(ROOT, "runtime", "include"),
           os.path.join(ROOT, "tests", "rt", "bigint_driver.cpp"), *srcs, "-o", exe]
    subprocess.run(cmd, check=True)
    return exe


def H(x):
    return format(x, "x")


# ---------------------------------------------------------------------------
# Operand generators
# ---------------------------------------------------------------------------

class Gen:
    def __init__(self, rnd, maxbits):
        self.r = rnd
        self.maxbits = maxbits

    def bits(self, lo=1, hi=None):
        hi = hi or self.maxbits
        # favour small sizes but cover the whole range
        k = self.r.random()
        return max(lo, int(lo + (hi - lo) * k ** 3))

    def special(self):
        r = self.r
        k = r.choice([1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 127, 128, 129, 256, 1024, 1056,
                      1920, 1952, 2048, 3200, r.randrange(1, self.maxbits)])
        v = r.choice([1 << k, (1 << k) - 1, (1 << k) + 1, ((1 << k) - 1) << r.randrange(0, 70),
                      (1 << k) - (1 << (k // 2)), r.getrandbits(k) | (1 << (k - 1))])
        return v

    def runs(self):
        # long runs of 0 and 1 bits: carries and qhat corrections
        r = self.r
        n = self.bits(32, self.maxbits)
        v, pos = 0, 0
        while pos < n:
            ln = r.randrange(1, 200)
            if r.random() < 0.5:
                v |= ((1 << ln) - 1) << pos
            pos += ln
        return v or 1

    def pos(self):
        r = self.r
        c = r.random()
        if c < 0.15:
            return r.randrange(0, 1000)
        if c < 0.3:
            return self.special()
        if c < 0.4:
            return self.runs()
        if c < 0.5:
            return r.getrandbits(r.choice([31, 32, 33, 62, 63, 64, 65, 96]))
        return r.getrandbits(self.bits())

    def any(self):
        v = self.pos()
        return -v if self.r.random() < 0.4 else v

    def nonzero(self):
        v = self.any()
        return v if v else 1


# ---------------------------------------------------------------------------
# Expected results
# ---------------------------------------------------------------------------

def err(e):
    return f"ERR {type(e).__name__}: {e}"


def fhex(d):
    return d  # compared numerically


def case_lines(g, n):
    r = g.r
    cases = []  # (line, expected) ; expected str, or ('float', value)

    def add(line, fn):
        try:
            exp = fn()
        except Exception as e:  # noqa: BLE001
            exp = err(e)
        cases.append((line, exp))

    for _ in range(n):
        a, b = g.any(), g.any()
        add(f"add {H(a)} {H(b)}", lambda: H(a + b))
        add(f"sub {H(a)} {H(b)}", lambda: H(a - b))
        add(f"sub {H(a)} {H(a)}", lambda: H(0))
        add(f"mul {H(a)} {H(b)}", lambda: H(a * b))
        add(f"mul {H(a)} {H(a)}", lambda: H(a * a))
        add(f"and {H(a)} {H(b)}", lambda: H(a & b))
        add(f"or {H(a)} {H(b)}", lambda: H(a | b))
        add(f"xor {H(a)} {H(b)}", lambda: H(a ^ b))
        add(f"invert {H(a)}", lambda: H(~a))
        add(f"neg {H(a)}", lambda: H(-a))
        add(f"abs {H(a)}", lambda: H(abs(a)))
        add(f"cmp {H(a)} {H(b)}", lambda: str((a > b) - (a < b)))
        add(f"cmp {H(a)} {H(a)}", lambda: "0")
        add(f"bitlen {H(a)}", lambda: str(a.bit_length()))
        add(f"bitcount {H(a)}", lambda: str(a.bit_count()))
        add(f"hash {H(a)}", lambda: str(hash(a)))
        add(f"toi64 {H(a)}", lambda: str(a) if -2**63 <= a < 2**63 else "none")
    # division: mixed sizes, exact multiples, off by one
    for _ in range(n):
        b = g.nonzero() if r.random() < 0.7 else 0
        if r.random() < 0.5 and b:
            q = g.any()
            a = q * b + r.choice([0, 1, -1, r.randrange(-abs(b) + 1, abs(b)) if abs(b) > 1 else 0])
        else:
            a = g.any()
        add(f"floordiv {H(a)} {H(b)}", lambda: H(a // b))
        add(f"mod {H(a)} {H(b)}", lambda: H(a % b))
        add(f"divmod {H(a)} {H(b)}", lambda: " ".join(map(H, divmod(a, b))))
    # big (recursive) division
    for _ in range(max(1, n // 10)):
        nb = r.randrange(1900, g.maxbits)
        b = r.getrandbits(nb) | 1
        if r.random() < 0.3:
            b = (1 << nb) - r.randrange(1, 1000)
        a = r.getrandbits(nb + r.randrange(1900, 2 * g.maxbits))
        if r.random() < 0.5:
            a = -a
        if r.random() < 0.3:
            a = (a // b) * b - r.choice([0, 1])
        add(f"divmod {H(a)} {H(b)}", lambda: " ".join(map(H, divmod(a, b))))
    # shifts
    for _ in range(n):
        a = g.any()
        s = r.choice([0, 1, 31, 32, 33, 63, 64, 65, r.randrange(0, 3000), -1, -r.randrange(1, 100)])
        add(f"lshift {H(a)} {H(s)}", lambda: H(a << s))
        s2 = r.choice([s, r.randrange(0, a.bit_length() + 70), 10**30, 2**64])
        add(f"rshift {H(a)} {H(s2)}", lambda: H(a >> s2))
    add(f"lshift 0 {H(10**30)}", lambda: H(0 << 10**30))
    add(f"lshift 1 {H(2**70)}", lambda: H(1 << 2**70))
    # powers
    for _ in range(n):
        a = r.choice([g.any(), r.randrange(-50, 50), r.choice([0, 1, -1, 2, -2, 3, 10, 2**32, -2**32 + 1])])
        e = r.choice([r.randrange(0, 60), r.randrange(0, 400), r.randrange(-3, 0)])
        if a.bit_length() * max(e, 0) > 40000:
            e = r.randrange(0, 4)
        if e < 0:
            add(f"pow {H(a)} {H(e)}", lambda: "ERR FloatResult: ")
        else:
            add(f"pow {H(a)} {H(e)}", lambda: H(a ** e))
        m = r.choice([g.any(), r.randrange(-20, 20), 0, 1, -1, 2**61 - 1, 2**32 - 5, 2**64 + 13])
        e2 = r.choice([g.pos(), r.randrange(-5, 100), -g.pos()])
        if e2.bit_length() > 3000:
            e2 >>= e2.bit_length() - 3000
        if m.bit_length() > 4000:
            m >>= m.bit_length() - 4000
        add(f"powmod {H(a)} {H(e2)} {H(m)}", lambda: H(pow(a, e2, m)))
        add(f"invmod {H(a)} {H(m)}", lambda: H(pow(a, -1, m)))
        add(f"gcd {H(a)} {H(m)}", lambda: H(math.gcd(a, m)))
        add(f"isqrt {H(a)}", lambda: H(math.isqrt(a)))
    # floats
    def crafted_float_ints():
        m = r.getrandbits(54) | (1 << 53)
        sh = r.randrange(0, 1100)
        v = (m << sh) + r.choice([0, 0, 1, -1, r.getrandbits(max(1, sh)) if sh else 0])
        return v if r.random() < 0.5 else -v
    for _ in range(n):
        a = r.choice([g.any(), crafted_float_ints(), (1 << 1024) - (1 << 970) - r.choice([0, 1]),
                      (1 << 1024) - (1 << 971)])
        add(f"tofloat {H(a)}", lambda: ("float", float(a)))
        b = r.choice([g.nonzero(), crafted_float_ints(), 1 << r.randrange(0, 2100), 3, 0])
        a2 = r.choice([a, crafted_float_ints() << r.randrange(0, 1000), g.any()])
        add(f"truediv {H(a2)} {H(b)}", lambda: ("float", a2 / b))
        f = r.choice([float(r.randrange(-10**6, 10**6)) / 7, r.uniform(-1e300, 1e300), 0.0, -0.0,
                      math.ldexp(r.random(), r.randrange(-1100, 1024)), math.inf, -math.inf, math.nan])
        if math.isfinite(f) and r.random() < 0.3:
            f = float(a) if abs(a) < 2**1020 else f
        add(f"cmpfloat {H(a)} {f!r}", lambda: "2" if math.isnan(f) else str((a > f) - (a < f)))
        add(f"fromfloat {f!r}", lambda: H(int(f)))
    # bytes
    for _ in range(n):
        a = g.any() if r.random() < 0.7 else r.randrange(-70000, 70000)
        if a.bit_length() > 2000:
            a >>= a.bit_length() - 2000
        need = (a.bit_length() + 8) // 8
        ln = max(0, need + r.randrange(-2, 3))
        little = r.random() < 0.5
        sgn = r.random() < 0.6
        flags = ("l" if little else "b") + ("s" if sgn else "u")
        add(f"tobytes {H(a)} {ln} {flags}",
            lambda: "b" + a.to_bytes(ln, "little" if little else "big", signed=sgn).hex())
        bs = bytes(r.getrandbits(8) for _ in range(r.randrange(0, 40)))
        if r.random() < 0.2:
            bs = bytes([0xff] * r.randrange(0, 12)) + bytes([r.getrandbits(8)])
        add(f"frombytes {bs.hex() or '-'} {flags}",
            lambda: H(int.from_bytes(bs, "little" if little else "big", signed=sgn)))
    add("tobytes -1 0 bs", lambda: "b" + (-1).to_bytes(0, "big", signed=True).hex())
    add("tobytes 0 0 bu", lambda: "b")
    # str / hex / bin / oct
    for _ in range(n):
        a = g.any()
        add(f"str {H(a)} 0", lambda: str(a))
        add(f"hex {H(a)}", lambda: hex(a))
        add(f"bin {H(a)}", lambda: bin(a))
        add(f"oct {H(a)}", lambda: oct(a))
        lim = r.choice([640, 1000, 4300, 0])
        def with_limit(x=a, lim=lim):
            old = sys.get_int_max_str_digits()
            sys.set_int_max_str_digits(lim)
            try:
                return str(x)
            finally:
                sys.set_int_max_str_digits(old)
        add(f"str {H(a)} {lim}", with_limit)
    # str at the limit
    for d in (4299, 4300, 4301, 5000):
        for v in (10 ** (d - 1), 10 ** d - 1):
            for s in (1, -1):
                x = v * s
                def lim_str(x=x):
                    sys.set_int_max_str_digits(4300)
                    try:
                        return str(x)
                    finally:
                        sys.set_int_max_str_digits(0)
                add(f"str {H(x)} 4300", lim_str)
    # parsing
    alphabet = "0123456789abcdefxyzABCXOBo_ +-\t\n\x0b.é'\"\\"
    for _ in range(n):
        base = r.choice([0, 10, 10, 16, 2, 8, 36, r.randrange(2, 37), 1, 37])
        c = r.random()
        if c < 0.45:
            x = g.any()
            bb = base if 2 <= base <= 36 else 10
            digs = []
            y = abs(x)
            while True:
                y, d = divmod(y, bb)
                digs.append("0123456789abcdefghijklmnopqrstuvwxyz"[d])
                if not y:
                    break
            s = "".join(reversed(digs))
            if r.random() < 0.3:
                s = s.upper()
            if r.random() < 0.3 and len(s) > 2:
                i = r.randrange(1, len(s) - 1)
                s = s[:i] + "_" + s[i:]
            if base == 0 and r.random() < 0.5:
                p = r.choice(["0x", "0o", "0b", "0X"])
                bb2 = {"0x": 16, "0X": 16, "0o": 8, "0b": 2}[p]
                s = p + r.choice(["", "_"]) + format(abs(x), {16: "x", 8: "o", 2: "b"}[bb2])
            if x < 0:
                s = "-" + s
            elif r.random() < 0.2:
                s = "+" + s
            if r.random() < 0.3:
                s = r.choice([" ", "\t", "\n ", "  "]) + s + r.choice(["", " ", "\r\n"])
        elif c < 0.55:
            s = r.choice(["1" * r.randrange(4290, 4310), "0" * r.randrange(4295, 4305), "9" * 5000,
                          "-" + "7" * 4301, "1_" * 4300 + "1", "f" * 6000])
        else:
            s = "".join(r.choice(alphabet) for _ in range(r.randrange(0, 12)))
            if r.random() < 0.1:
                s = "a" * r.randrange(190, 260)
        enc = s.encode("utf-8")
        def parse(s=s, base=base):
            sys.set_int_max_str_digits(4300)
            try:
                return H(int(s, base))
            finally:
                sys.set_int_max_str_digits(0)
        add(f"parse {enc.hex() or '-'} {base}", parse)
    return cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver")
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--scale", type=int, default=400, help="cases per operation group")
    ap.add_argument("--maxbits", type=int, default=16610)  # ~5000 decimal digits
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    tmp = None
    drv = args.driver
    if not drv:
        tmp = tempfile.TemporaryDirectory()
        drv = build_driver(tmp.name)
    g = Gen(random.Random(args.seed), args.maxbits)
    cases = case_lines(g, args.scale)
    inp = "".join(line + "\n" for line, _ in cases)
    res = subprocess.run([drv], input=inp, capture_output=True, text=True)
    outs = res.stdout.split("\n")
    if res.returncode != 0:
        print(f"driver exited with {res.returncode}: {res.stderr[-2000:]}")
    passed = failed = 0
    per_op = {}
    for i, (line, exp) in enumerate(cases):
        got = outs[i] if i < len(outs) else "<missing>"
        if isinstance(exp, tuple):
            try:
                gv = float.fromhex(got)
                ok = gv == exp[1] and math.copysign(1, gv) == math.copysign(1, exp[1])
            except ValueError:
                ok = False
            exps = exp[1].hex()
        else:
            ok = got == exp
            exps = exp
        op = line.split(" ", 1)[0]
        st = per_op.setdefault(op, [0, 0])
        if ok:
            passed += 1
            st[0] += 1
        else:
            failed += 1
            st[1] += 1
            if failed <= 30:
                print(f"MISMATCH {line[:300]}\n  expected: {exps[:300]}\n  got:      {got[:300]}")
    if args.verbose or failed:
        for op in sorted(per_op):
            print(f"  {op:10s} {per_op[op][0]:6d} ok {per_op[op][1]:4d} bad")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and res.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
