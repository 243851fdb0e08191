#!/usr/bin/env python3.12
"""Differential stress test of Molt's str algorithms (molt/strops.h) against
CPython 3.12.

Generates thousands of random strings (ASCII, Latin-1, BMP, astral, combining
marks, final sigma, special casings like ß and ﬁ, lone surrogates, every kind
of whitespace and line break) and runs every operation of molt/strops.h on
them through tests/rt/strops_driver.cpp, comparing each output line with
Python's own result.

    python3.12 tests/rt/strops_diff.py [--driver PATH] [--seed N] [--cases K]

Without --driver the driver is compiled (c++ -O2, at most 2 jobs) into a
temporary folder from runtime/core/strops*.cpp and runtime/core/unicode_db.cpp;
the generated Unicode tables are taken from build/generated/rt (or
$MOLT_RT_GENERATED_DIR), else generated with tools/gen-unicode/gen_unicode_rt.cpp
from /usr/share/unicode. Exit status 0 iff every case matched; the last line
is "N passed, N failed".
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build_driver(outdir):
    cxx = os.environ.get("CXX", "c++")
    gen = os.environ.get("MOLT_RT_GENERATED_DIR") or os.path.join(ROOT, "build", "generated", "rt")
    if not os.path.exists(os.path.join(gen, "unicode_db.inc")):
        gen = os.path.join(outdir, "gen")
        os.makedirs(gen, exist_ok=True)
        tool = os.path.join(outdir, "gen_unicode_rt")
        subprocess.run([cxx, "-std=c++20", "-O2", "-o", tool,
                        os.path.join(ROOT, "tools", "gen-unicode", "gen_unicode_rt.cpp")], check=True)
        subprocess.run([tool, os.environ.get("MOLT_UNICODE_DIR", "/usr/share/unicode"),
                        os.path.join(gen, "unicode_db.inc")], check=True)
    core = os.path.join(ROOT, "runtime", "core")
    srcs = sorted(os.path.join(core, f) for f in os.listdir(core)
                  if (f.startswith("strops") and f.endswith(".cpp"))
                  or f in ("unicode_db.cpp", "unicode_printable.cpp"))
    srcs.append(os.path.join(ROOT, "tests", "rt", "strops_driver.cpp"))
    flags = ["-std=c++20", "-O2", "-fno-exceptions", "-fno-rtti",
             "-I", os.path.join(ROOT, "runtime", "include"), "-I", gen]

    def compile_one(src):
        obj = os.path.join(outdir, os.path.basename(src) + ".o")
        subprocess.run([cxx, *flags, "-c", src, "-o", obj], check=True)
        return obj

    with ThreadPoolExecutor(max_workers=2) as ex:
        objs = list(ex.map(compile_one, srcs))
    exe = os.path.join(outdir, "strops_driver")
    subprocess.run([cxx, *objs, "-o", exe], check=True)
    return exe


# ---------------------------------------------------------------------------
# String generators

ALPHABETS = {
    "ascii": "abcABCxyzXYZ019 _-+'\".:,\\",
    "lower": "abcdefghij",
    "latin1": "àéîõüÀÉÎÕÜßÿ\xa0\xb2\xbd\xaa\xba\xb5\xad",
    "greek": "ΣσςΑαΒβΐΰ\u0345\u0301",
    "bmp": "中文字ĀāĲĳǅǈǋǲ\u1e9e\uff21\uff41\u2160\u2170ⅷ①\u0660\u0669\u06f1\u0bef",
    "astral": "\U0001d400\U0001d41a\U00010400\U00010428\U0001f600\U0001e900\U0001e922\U000104b0",
    "combining": "\u0300\u0301\u0308\u0327\u20dd\u200d\u00b7\u0387\u02b0",
    "special": "ßﬁﬂﬀﬃİıŉǰΐ\u1f80\u1fb3\u1fbc\u0149\ufb13",
    "space": " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff",
    "ctrl": "\x00\x01\x07\x1b\x7f\x80\x9f\u00ad\u2066\ue000\U000e0001\U0010ffff\U000f0000\u0378",
    "surrogate": "\ud800\udbff\udc00\udfff\ud83d\ude00",
    "tabs": "\t\t\n\rab",
}
NAMES = list(ALPHABETS)


def rstr(r, maxlen=12):
    k = r.random()
    if k < 0.1:
        return ""
    names = r.sample(NAMES, r.randrange(1, 4))
    pool = "".join(ALPHABETS[n] for n in names)
    n = r.randrange(0, maxlen + 1)
    if r.random() < 0.05:
        n = r.randrange(60, 300)   # crosses the Utf8Index stride and the Horspool threshold
    return "".join(r.choice(pool) for _ in range(n))


def sub_of(r, s):
    k = r.random()
    if k < 0.1:
        return ""
    if k < 0.6 and s:
        i = r.randrange(len(s))
        return s[i:i + r.randrange(1, 6)]
    if k < 0.7 and len(s) > 70:
        i = r.randrange(len(s) - 64)
        return s[i:i + r.randrange(4, 64)]
    return rstr(r, 3)


def rint(r, n):
    k = r.random()
    if k < 0.15:
        return None
    if k < 0.2:
        return r.choice([-(1 << 62), (1 << 62), -n - 10, n + 10])
    return r.randrange(-n - 3, n + 4)


def H(s):
    return "x" + s.encode("utf-8", "surrogatepass").hex()


def I(v):
    return "N" if v is None else str(v)


def L(items):
    return "L" + ",".join(H(x) for x in items)


def B(v):
    return str(int(v))


PREDS = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace",
         "islower", "isupper", "istitle", "isprintable", "isidentifier", "isascii"]


def make_case(r, op):
    """Return (input line, expected output line)."""
    s = rstr(r, 14)
    n = len(s)
    if op == "len":
        return f"len {H(s)}", f"{n} {n}"
    if op == "off":
        i = r.randrange(0, n + 1)
        b = len(s[:i].encode("utf-8", "surrogatepass"))
        return f"off {H(s)} {i}", f"{b} {b} {i}"
    if op == "slice":
        a, b, c = rint(r, n), rint(r, n), r.choice([None, 1, 1, -1, 2, -2, 3, -3, 0, 5, -7, 1 << 62])
        exp = "ERR" if c == 0 else H(s[a:b:c])
        return f"slice {H(s)} {I(a)} {I(b)} {I(c)}", exp
    if op in ("find", "rfind", "count", "startswith", "endswith"):
        sub = sub_of(r, s)
        a, b = rint(r, n), rint(r, n)
        if r.random() < 0.3:
            a = b = None
        v = getattr(s, op)(sub, a, b)
        return f"{op} {H(s)} {H(sub)} {I(a)} {I(b)}", str(int(v))
    if op == "replace":
        old = sub_of(r, s)
        new = rstr(r, 3)
        c = r.choice([-1, -1, 0, 1, 2, 3, r.randrange(0, 20)])
        return f"replace {H(s)} {H(old)} {H(new)} {c}", H(s.replace(old, new, c))
    if op in ("split", "rsplit"):
        if r.random() < 0.5:
            sep = None
            s = "".join(r.choice([ALPHABETS["space"], "ab", "xé", "Σ", "  "]) if r.random() < 0.5
                        else r.choice(ALPHABETS["space"]) for _ in range(r.randrange(0, 12)))
        else:
            sep = sub_of(r, s)
        m = r.choice([-1, -1, 0, 1, 2, 3, -5])
        if sep == "":
            exp = "ERR"
        else:
            exp = L(getattr(s, op)(sep, m))
        return f"{op} {H(s)} {'N' if sep is None else H(sep)} {m}", exp
    if op == "splitlines":
        s = "".join(r.choice(["\r\n", "\r", "\n", "ab", "é", "\x85", "\u2028", "\x0b", "\x1c", "\x1f", "x"])
                    for _ in range(r.randrange(0, 10)))
        k = r.random() < 0.5
        return f"splitlines {H(s)} {int(k)}", L(s.splitlines(k))
    if op in ("partition", "rpartition"):
        sep = sub_of(r, s)
        exp = "ERR" if sep == "" else L(getattr(s, op)(sep))
        return f"{op} {H(s)} {H(sep)}", exp
    if op in ("strip", "lstrip", "rstrip"):
        if r.random() < 0.5:
            ch = None
            s = rstr(r, 3) + "".join(r.choice(ALPHABETS["space"]) for _ in range(3)) + rstr(r, 3) + \
                "".join(r.choice(ALPHABETS["space"]) for _ in range(r.randrange(4)))
            s = "".join(r.choice(ALPHABETS["space"]) for _ in range(r.randrange(4))) + s
        else:
            ch = rstr(r, 4)
            if s and r.random() < 0.5:
                ch += s[0] + s[-1]
        return f"{op} {H(s)} {'N' if ch is None else H(ch)}", H(getattr(s, op)(ch))
    if op == "join":
        parts = [rstr(r, 4) for _ in range(r.randrange(0, 5))]
        return "join " + " ".join([H(s)] + [H(p) for p in parts]), H(s.join(parts))
    if op == "expandtabs":
        s = "".join(r.choice(["\t", "\n", "\r", "a", "é", "\U0001f600", "bc", "\u0301"])
                    for _ in range(r.randrange(0, 12)))
        t = r.choice([8, 4, 1, 0, -1, 3, 5])
        return f"expandtabs {H(s)} {t}", H(s.expandtabs(t))
    if op in ("center", "ljust", "rjust"):
        w = r.randrange(-2, n + 8)
        f = r.choice([" ", "*", "é", "\U0001f600", "中"])
        return f"{op} {H(s)} {w} {ord(f)}", H(getattr(s, op)(w, f))
    if op == "zfill":
        if r.random() < 0.5:
            s = r.choice(["+", "-", "", "é", "--", "+-"]) + rstr(r, 4)
        w = r.randrange(-1, len(s) + 6)
        return f"zfill {H(s)} {w}", H(s.zfill(w))
    if op in ("removeprefix", "removesuffix"):
        x = sub_of(r, s)
        if s and r.random() < 0.5:
            x = s[:r.randrange(n + 1)] if op == "removeprefix" else s[r.randrange(n + 1):]
        return f"{op} {H(s)} {H(x)}", H(getattr(s, op)(x))
    if op in ("upper", "lower", "casefold", "title", "capitalize", "swapcase"):
        if r.random() < 0.4:   # sigma contexts
            s = "".join(r.choice(["Σ", "Σ", "a", "A", " ", "'", "\u0345", "\u0301", ".", "1", "ς", "Ω", "ß"])
                        for _ in range(r.randrange(0, 8)))
        return f"{op} {H(s)}", H(getattr(s, op)())
    if op in ("repr", "ascii"):
        if r.random() < 0.3:
            s = "".join(r.choice(["'", '"', "\\", "a", "\t", "é"]) for _ in range(r.randrange(0, 6)))
        fn = repr if op == "repr" else ascii
        return f"{op} {H(s)}", H(fn(s))
    if op == "pred":
        if r.random() < 0.5:
            names = r.sample(NAMES, 1)
            pool = ALPHABETS[names[0]]
            s = "".join(r.choice(pool) for _ in range(r.randrange(0, 4)))
        return f"pred {H(s)}", "".join(B(getattr(s, p)()) for p in PREDS)
    if op == "cmp":
        t = sub_of(r, s) if r.random() < 0.3 else rstr(r, 6)
        if r.random() < 0.3:
            t = s[: r.randrange(n + 1)] + rstr(r, 2)
        return f"cmp {H(s)} {H(t)}", str((s > t) - (s < t))
    raise ValueError(op)


OPS = ["len", "off", "slice", "find", "rfind", "count", "startswith", "endswith", "replace",
       "split", "rsplit", "splitlines", "partition", "rpartition", "strip", "lstrip", "rstrip",
       "join", "expandtabs", "center", "ljust", "rjust", "zfill", "removeprefix", "removesuffix",
       "upper", "lower", "casefold", "title", "capitalize", "swapcase", "repr", "ascii", "pred", "cmp"]


def fixed_cases():
    """Every single code point of interest through the case maps and predicates."""
    cps = list(range(0, 0x250)) + list(range(0x370, 0x400)) + list(range(0x1E00, 0x2000)) + \
        list(range(0x2000, 0x2200)) + list(range(0xD7F0, 0xE010)) + list(range(0xFB00, 0xFB10)) + \
        list(range(0x10400, 0x10450)) + list(range(0x1E900, 0x1E950)) + [0x10FFFF, 0xE0001]
    for c in cps:
        s = chr(c)
        yield f"pred {H(s)}", "".join(B(getattr(s, p)()) for p in PREDS)
        for op in ("upper", "lower", "casefold", "title", "capitalize", "swapcase"):
            yield f"{op} {H(s)}", H(getattr(s, op)())
        yield f"repr {H(s)}", H(repr(s))
        yield f"ascii {H(s)}", H(ascii(s))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver")
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--cases", type=int, default=300, help="random cases per operation")
    args = ap.parse_args()
    r = random.Random(args.seed)
    cases = list(fixed_cases())
    for op in OPS:
        for _ in range(args.cases):
            cases.append(make_case(r, op))
    with tempfile.TemporaryDirectory() as tmp:
        exe = args.driver or build_driver(tmp)
        inp = "".join(c[0] + "\n" for c in cases)
        res = subprocess.run([exe], input=inp.encode(), capture_output=True, check=True)
    got = res.stdout.decode().split("\n")
    passed = failed = 0
    for k, (line, exp) in enumerate(cases):
        g = got[k] if k < len(got) else "<missing>"
        if g == exp:
            passed += 1
        else:
            failed += 1
            if failed <= 30:
                print(f"MISMATCH: {line}\n  expected {exp}\n  got      {g}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
