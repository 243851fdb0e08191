#!/usr/bin/env python3.12
"""Differential test of molt/settable.h against CPython 3.12's set.

Generates random scripts of set operations (add, discard, pop, clear, set
displays {a, b, c}, update from list / dict / set, copy, | & - ^ and their
in-place forms, difference_update with a list) over ints and strs (ASCII,
Latin-1, BMP and astral code points; colliding ints, -1/-2 which share a
hash), runs them in this interpreter and in tests/rt/settable_driver.cpp,
and compares the iteration order of the sets and the values popped.
The interpreter must run with PYTHONHASHSEED=0 (the script re-executes
itself with it if needed).

    python3.12 tests/rt/settable_diff.py [--driver PATH] [--seed N] [--cases N]

Exit status 0 iff every case matched; the last line is "N passed, N failed".
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build_driver(outdir):
    cxx = os.environ.get("CXX", "c++")
    exe = os.path.join(outdir, "settable_driver")
    cmd = [cxx, "-std=c++20", "-O2", "-fno-exceptions", "-fno-rtti",
           "-I", os.path.join(ROOT, "runtime", "include"),
           os.path.join(ROOT, "tests", "rt", "settable_driver.cpp"),
           os.path.join(ROOT, "runtime", "core", "hash.cpp"), "-o", exe]
    subprocess.run(cmd, check=True)
    return exe


def tok(v):
    return ("s" + v) if isinstance(v, str) else ("i%d" % v)


def untok(t):
    return t[1:] if t[0] == "s" else int(t[1:])


ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
WIDE = ["é", "ß", "ÿ", "€", "ж", "中", "𝄞", "😀"]


class Gen:
    def __init__(self, r):
        self.r = r
        self.kind = r.randrange(6)
        self.stride = 1 << r.randrange(3, 12)

    def elem(self):
        r = self.r
        k = self.kind if r.random() < 0.8 else r.randrange(6)
        if k == 0:
            return r.randrange(-5, 200)
        if k == 1:
            return self.stride * r.randrange(0, 64) + r.randrange(0, 3)
        if k == 2:
            return r.choice([r.getrandbits(63) - (1 << 62), r.randrange(-3, 3),
                             (1 << 61) - 1 + r.randrange(-2, 3), -(1 << 61) + r.randrange(-2, 3)])
        if k == 3:
            return "".join(r.choice(ALPHA) for _ in range(r.randrange(0, 6))) or "e"
        if k == 4:
            return "".join(r.choice(ALPHA[:8] + "".join(WIDE)) for _ in range(r.randrange(1, 4)))
        return r.choice([r.randrange(0, 40), "k%d" % r.randrange(40)])

    def elems(self, big=False):
        n = self.r.choice([0, 1, 2, 3, 4, 5, 8, 13, 20, 40, 100, 300]) if not big else 60000
        return [self.elem() for _ in range(n)]


def make_case(r, big=False):
    g = Gen(r)
    names = "ABCDE"
    ops = []
    for _ in range(r.randrange(3, 30)):
        x, y, z = (r.choice(names) for _ in range(3))
        c = r.random()
        if c < 0.25:
            for _ in range(r.randrange(1, 30)):
                ops.append(("a", x, g.elem()))
        elif c < 0.35:
            for _ in range(r.randrange(1, 20)):
                ops.append(("d", x, g.elem()))
        elif c < 0.42:
            for _ in range(r.randrange(1, 10)):
                ops.append(("p", x))
        elif c < 0.44:
            ops.append(("c", x))
        elif c < 0.52:
            # set displays: int constants only (with str constants CPython's
            # order also depends on whether the strs were already interned)
            ops.append(("L", x, [v for v in g.elems() if isinstance(v, int)]))
        elif c < 0.60:
            ops.append(("l", x, g.elems(big and r.random() < 0.3)))
        elif c < 0.64:
            ops.append(("D", x, list(dict.fromkeys(g.elems()))))
        elif c < 0.68:
            ops.append(("s", x, g.elems()))
        elif c < 0.85:
            ops.append((r.choice("uimx"), x, y, z))
        elif c < 0.88:
            ops.append(("y", x, y))
        else:
            ops.append((r.choice("UIMX"), x, y))
    for n in names:
        ops.append(("P", n))
    return ops


def encode(ops):
    out = []
    for op in ops:
        if op[0] in "LlDs":
            out += [op[0], op[1], str(len(op[2]))] + [tok(v) for v in op[2]]
        elif op[0] in "ad":
            out += [op[0], op[1], tok(op[2])]
        else:
            out += list(op)
    return " ".join(out)


def run_python(ops):
    S = {n: set() for n in "ABCDE"}
    out = []
    for op in ops:
        o = op[0]
        if o == "N":
            S[op[1]] = set()
        elif o == "a":
            S[op[1]].add(op[2])
        elif o == "d":
            S[op[1]].discard(op[2])
        elif o == "p":
            try:
                out.append("P" + tok(S[op[1]].pop()))
            except KeyError:
                out.append("P-")
        elif o == "c":
            S[op[1]].clear()
        elif o == "L":
            src = "{" + ", ".join(repr(v) for v in op[2]) + "}" if op[2] else "set()"
            S[op[1]] = eval(compile(src, "<display>", "eval"))
        elif o == "l":
            S[op[1]].update(op[2])
        elif o == "D":
            S[op[1]].update(dict.fromkeys(op[2]))
        elif o == "s":
            S[op[1]].difference_update(op[2])
        elif o in "uimx":
            a, b = S[op[2]], S[op[3]]
            S[op[1]] = {"u": a.__or__, "i": a.__and__, "m": a.__sub__, "x": a.__xor__}[o](b)
        elif o == "y":
            S[op[1]] = S[op[2]].copy()
        elif o == "U":
            S[op[1]] |= S[op[2]]
        elif o == "I":
            S[op[1]] &= S[op[2]]
        elif o == "M":
            S[op[1]] -= S[op[2]]
        elif o == "X":
            S[op[1]] ^= S[op[2]]
        elif o == "P":
            out.append("[" + "".join(tok(v) + " " for v in S[op[1]]) + "]")
    return " ".join(out) + " "


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.exit(subprocess.run([sys.executable] + sys.argv, env=env).returncode)
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--cases", type=int, default=3000)
    args = ap.parse_args()
    r = random.Random(args.seed)
    cases = [make_case(r) for _ in range(args.cases)] + [make_case(r, big=True) for _ in range(3)]
    with tempfile.TemporaryDirectory() as td:
        driver = args.driver or build_driver(td)
        inp = "".join(encode(c) + "\n" for c in cases)
        res = subprocess.run([driver], input=inp.encode(), capture_output=True)
    got = res.stdout.decode().split("\n")
    if res.returncode != 0:
        print("driver failed:", res.returncode, res.stderr.decode()[-2000:])
    passed = failed = 0
    for i, c in enumerate(cases):
        exp = run_python(c).rstrip(" ")
        g = got[i].rstrip(" ") if i < len(got) else "<missing>"
        if g == exp:
            passed += 1
        else:
            failed += 1
            if failed <= 3:
                print("MISMATCH case %d\n  ops: %s\n  python: %s\n  molt:   %s"
                      % (i, encode(c)[:2000], exp[:2000], g[:2000]))
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or res.returncode else 0)


if __name__ == "__main__":
    main()
