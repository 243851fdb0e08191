#!/usr/bin/env python3
"""Compares the runtime's Unicode database and hashes with CPython 3.12 (dev tool, not run by CI).

    PYTHONHASHSEED=0 python3.12 tools/gen-unicode/check_rt_against_python.py \\
        [--driver PATH] [--unicode-dir DIR] [--count N] [--seed S]

Without --driver, builds gen_unicode_rt and check_rt_driver
(tools/gen-unicode/check_rt_driver.cpp, linked with runtime/core/hash.cpp and
runtime/core/unicode_db.cpp) with $CXX (default c++) in a temporary directory.
Checks:
  * ucd: every code point U+0000..U+10FFFF: the property bits against
    CPython's own _PyUnicode_Is* functions (through ctypes) and the
    one-character str methods; category; decimal, digit and numeric values
    (bit-exact); the full upper/lower/title/casefold mappings against the str
    methods and the simple ones against _PyUnicode_To{Upper,Lower,Title}case;
  * str: the str-method recipes of molt/unicode_db.h (lower with Final_Sigma,
    upper, title, casefold, swapcase, capitalize, is* predicates, splitlines
    break points) on random strings built from case-relevant code points;
  * hash: hash() of random str (all kinds, surrogates included), bytes, int
    (small, near 2**61 and 2**63, big), float (random bit patterns, specials),
    complex, None/True/False, nested tuples and frozensets.
Needs PYTHONHASHSEED=0 (re-executes itself with it otherwise).
"""
import argparse
import ctypes
import os
import random
import struct
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NO_EXCEPTIONS = ["-fno-exceptions", "-fno-rtti"]


def build_driver(tmp, unicode_dir):
    cxx = os.environ.get("CXX", "c++")
    gen = os.path.join(tmp, "gen_unicode_rt")
    driver = os.path.join(tmp, "check_rt_driver")
    flags = ["-std=c++20", "-O2", "-Wall", "-Wextra"]
    subprocess.check_call([cxx, *flags, "-o", gen, os.path.join(ROOT, "tools/gen-unicode/gen_unicode_rt.cpp")])
    subprocess.check_call([gen, unicode_dir, os.path.join(tmp, "unicode_db.inc")])
    objs = []
    for src in ("runtime/core/hash.cpp", "runtime/core/unicode_db.cpp"):
        obj = os.path.join(tmp, os.path.basename(src) + ".o")
        subprocess.check_call([cxx, *flags, *NO_EXCEPTIONS, "-I", tmp, "-I", os.path.join(ROOT, "runtime/include"),
                               "-c", "-o", obj, os.path.join(ROOT, src)])
        objs.append(obj)
    subprocess.check_call([cxx, *flags, "-I", os.path.join(ROOT, "runtime/include"), "-o", driver,
                           os.path.join(ROOT, "tools/gen-unicode/check_rt_driver.cpp"), *objs])
    return driver


def run(driver, mode, lines=()):
    data = "".join(line + "\n" for line in lines)
    out = subprocess.run([driver, mode], input=data.encode(), stdout=subprocess.PIPE, check=True).stdout.decode()
    return out.split("\n")[:-1]


def report(what, failures, total):
    print(f"{what}: {total - len(failures)}/{total} match")
    for f in failures[:20]:
        print("   ", f)
    return not failures


def hexjoin(s):
    return ".".join("%X" % ord(c) for c in s) if s else "-"


# Bits in molt/unicode_db.h order, with CPython's function for each.
FLAG_FUNCS = ["IsAlpha", "IsDecimalDigit", "IsDigit", "IsNumeric", "IsWhitespace", "IsLinebreak",
              "IsLowercase", "IsUppercase", "IsTitlecase", "IsCased", "IsCaseIgnorable", "IsPrintable",
              "IsXidStart", "IsXidContinue"]


def capi(name, restype=ctypes.c_int):
    f = getattr(ctypes.pythonapi, "_PyUnicode_" + name)
    f.argtypes = [ctypes.c_uint32]
    f.restype = restype
    return f


def check_ucd(driver):
    got = run(driver, "ucd")
    if len(got) != 0x110000:
        return report("ucd", [f"driver printed {len(got)} lines"], 0x110000)
    funcs = [capi(n) for n in FLAG_FUNCS]
    to_decimal, to_digit = capi("ToDecimalDigit"), capi("ToDigit")
    to_numeric = capi("ToNumeric", ctypes.c_double)
    is_numeric = funcs[3]
    simple = [capi(n, ctypes.c_uint32) for n in ("ToUppercase", "ToLowercase", "ToTitlecase")]
    failures = []
    for c in range(0x110000):
        ch = chr(c)
        flags = 0
        for bit, f in enumerate(funcs):
            if f(c):
                flags |= 1 << bit
        num = "-"
        if is_numeric(c):
            num = str(struct.unpack("<Q", struct.pack("<d", to_numeric(c)))[0])
            assert unicodedata.numeric(ch) == to_numeric(c)
        expected = "%X %s %d %d %s %s %s %s %s %X %X %X" % (
            flags, unicodedata.category(ch), to_decimal(c), to_digit(c), num,
            hexjoin(ch.upper()), hexjoin(ch.lower()), hexjoin(ch.title()), hexjoin(ch.casefold()),
            simple[0](c), simple[1](c), simple[2](c))
        line = got[c]
        if line != expected:
            failures.append(f"U+{c:04X}: molt {line!r}, python {expected!r}")
            continue
        # The public one-character str methods agree with the bits.
        methods = (ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(),
                   ch.islower(), ch.isupper(), ch.istitle(), ch.isprintable(), ch.isalnum(), ch.isidentifier(),
                   ch.swapcase() == (ch.lower() if flags & 0x80 else ch.upper() if flags & 0x40 else ch),
                   ch.capitalize() == ch.title(), len(ch.splitlines()) == 1 and ch.splitlines()[0] == "")
        bits = (flags & 1, flags & 2, flags & 4, flags & 8, flags & 16, flags & 64, flags & 128,
                flags & (128 | 256), flags & 0x800, flags & 15, flags & 0x1000 or c == 0x5F, True, True,
                flags & 32)
        if tuple(bool(x) for x in methods) != tuple(bool(x) for x in bits):
            failures.append(f"U+{c:04X}: str methods {methods} vs bits {bits}")
    return report("ucd (code points)", failures, 0x110000)


def str_expected(s):
    breaks = []
    pos = 0
    for part in s.splitlines(keepends=True):
        pos += len(part)
        if part.splitlines()[0] != part:
            breaks.append(pos)
    preds = (s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isspace(), s.isprintable(),
             s.isidentifier(), s.islower(), s.isupper(), s.istitle())
    return " ".join([hexjoin(s.lower()), hexjoin(s.upper()), hexjoin(s.title()), hexjoin(s.casefold()),
                     hexjoin(s.swapcase()), hexjoin(s.capitalize()), "".join("1" if p else "0" for p in preds),
                     "".join(f"{b}," for b in breaks) or "-"])


def check_str(driver, rng, count):
    # Code points that matter for casing, the sigma rule and the predicates.
    interesting = [0x3A3, 0x3A3, 0x3A3, 0x3C3, 0x3C2, 0x41, 0x61, 0x1C5, 0x1C4, 0x1C6, 0x2E, 0x27, 0x3A, 0x301,
                   0x345, 0x20, 0x31, 0x5F, 0x4E2D, 0xDF, 0x130, 0x149, 0xFB01, 0x390, 0x1F88, 0x10400, 0x10428,
                   0xD800, 0xDC00, 0x2160, 0xB2, 0x663, 0xA, 0xD, 0xB, 0xC, 0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0x2028,
                   0x2029, 0xA0, 0x3000, 0x200B, 0xAD, 0x2C, 0x1E9E, 0x130, 0x69, 0x307, 0xE000, 0x10FFFF,
                   0xE0001, 0x2D, 0xBD, 0x1D7CE, 0x16E40]
    everything = list(range(0x110000))
    cases = [[], [0x3A3], [0x41, 0x3A3], [0x41, 0x3A3, 0x41], [0x41, 0x2E, 0x3A3, 0x2E], [0x3A3, 0x41],
             [0x41, 0x345, 0x3A3], [0x41, 0x3A3, 0x345, 0x41], [0xD, 0xA], [0xD, 0xD, 0xA, 0xA]]
    for _ in range(count):
        n = rng.randrange(1, 9)
        pool = interesting if rng.random() < 0.8 else everything
        cases.append([rng.choice(pool) for _ in range(n)])
    got = run(driver, "str", [" ".join("%X" % c for c in case) for case in cases])
    failures = []
    for case, g in zip(cases, got):
        expected = str_expected("".join(map(chr, case)))
        if g != expected:
            failures.append(f"{' '.join('%X' % c for c in case)}: molt {g!r}, python {expected!r}")
    return report("str methods (random strings)", failures, len(cases))


# --- hash ---------------------------------------------------------------------

def float_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def encode(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "X"
    if isinstance(v, int):
        return ("i-%x" % -v) if v < 0 else ("i%x" % v)
    if isinstance(v, float):
        return "f%016x" % float_bits(v)
    if isinstance(v, complex):
        return "c%016x,%016x" % (float_bits(v.real), float_bits(v.imag))
    if isinstance(v, str):
        return "s" + ".".join("%x" % ord(c) for c in v)
    if isinstance(v, bytes):
        return "b" + v.hex()
    if isinstance(v, tuple):
        return "t(" + " ".join(encode(x) for x in v) + ")"
    if isinstance(v, frozenset):
        return "F(" + " ".join(encode(x) for x in v) + ")"
    raise TypeError(v)


def random_str(rng):
    n = rng.choice([0, 1, 2, 3, 7, 8, 9, 15, 16, 17, rng.randrange(0, 70)])
    kind = rng.randrange(6)
    if kind == 0:
        return "".join(chr(rng.randrange(0x80)) for _ in range(n))
    if kind == 1:
        return "".join(chr(rng.randrange(0x100)) for _ in range(n))
    if kind == 2:
        return "".join(chr(rng.randrange(0x10000)) for _ in range(n))
    if kind == 3:
        return "".join(chr(rng.randrange(0x110000)) for _ in range(n))
    # mostly ASCII with one wider character somewhere
    s = [chr(rng.randrange(0x20, 0x7F)) for _ in range(n)]
    if s:
        s[rng.randrange(len(s))] = chr(rng.choice([0xE9, 0xFF, 0x100, 0xD800, 0xFFFF, 0x10000, 0x10FFFF]))
    return "".join(s)


def random_int(rng):
    k = rng.randrange(8)
    if k == 0:
        v = rng.randrange(-1000, 1000)
    elif k == 1:
        v = rng.randrange(-2**64, 2**64)
    elif k == 2:
        v = rng.choice([2**61 - 1, 2**61, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64]) + rng.randrange(-3, 4)
    elif k == 3:
        v = rng.randrange(-2**300, 2**300)
    elif k == 4:
        v = rng.choice([-1, -2, 0, 1, (2**61 - 1) * rng.randrange(1, 10**6) - 1])
    elif k == 5:
        v = rng.randrange(2**rng.randrange(1, 2000))
    else:
        v = rng.randrange(-2**63, 2**63)
    return -v if rng.random() < 0.3 else v


def random_float(rng):
    k = rng.randrange(6)
    if k == 0:
        x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        return 0.0 if x != x else x  # NaN hashes by identity
    if k == 1:
        return rng.choice([0.0, -0.0, float("inf"), float("-inf"), 5e-324, -5e-324, 2.2250738585072014e-308,
                           1.7976931348623157e308, 0.5, -1.0, 2.0**61, 2.0**-61, 2.0**62 - 2**9])
    if k == 2:
        return float(rng.randrange(-2**70, 2**70))
    if k == 3:
        return rng.uniform(-1e6, 1e6)
    if k == 4:
        return rng.randrange(-2**20, 2**20) / 2**rng.randrange(0, 80)
    return rng.random() * 10.0**rng.randrange(-320, 308)


def random_value(rng, depth=0):
    k = rng.randrange(10 if depth < 3 else 8)
    if k == 0:
        return random_str(rng)
    if k == 1:
        return bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 40)))
    if k == 2:
        return random_int(rng)
    if k == 3:
        return random_float(rng)
    if k == 4:
        return complex(random_float(rng), random_float(rng))
    if k == 5:
        return rng.choice([None, True, False])
    if k in (6, 7):
        return random_str(rng) if k == 6 else random_int(rng)
    if k == 8:
        return tuple(random_value(rng, depth + 1) for _ in range(rng.randrange(0, 6)))
    items = set()
    for _ in range(rng.randrange(0, 8)):
        v = random_value(rng, depth + 1)
        try:
            hash(v)
            items.add(v)
        except TypeError:
            pass
    return frozenset(items)


def check_hash(driver, rng, count):
    values = ["", b"", (), frozenset(), (None,), ((),), (1, 2), (-1,), (-2,), frozenset({-1}), 1j, complex(-1, 0),
              2**61 - 1, -(2**61 - 1), 2**61 - 2, -(2**63), 2**64, float("inf"), -0.0, "ß", "€", "😀", "\ud800",
              "a" * 8, "é" * 8, "\u0100" * 4, "\U00010000" * 2, ("a", b"a", 1, 1.0, 1j, None, True, frozenset({1})),
              frozenset({(1, 2), "x", frozenset({3})}), (((((),),),),)]
    per_kind = {"str": 0, "bytes": 0, "int": 0, "float": 0, "complex": 0, "tuple": 0, "frozenset": 0, "other": 0}
    for _ in range(count):
        values.append(random_value(rng))
    for v in values:
        name = type(v).__name__
        per_kind[name if name in per_kind else "other"] += 1
    got = run(driver, "hash", [encode(v) for v in values])
    failures = []
    for v, g in zip(values, got):
        if g != str(hash(v)):
            failures.append(f"{v!r}: molt {g}, python {hash(v)}")
    print("hash values by kind:", ", ".join(f"{k} {n}" for k, n in per_kind.items()))
    return report("hash", failures, len(values))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--driver", help="prebuilt check_rt_driver (default: build one)")
    ap.add_argument("--unicode-dir", default="/usr/share/unicode")
    ap.add_argument("--count", type=int, default=200000, help="random strings and hash values (each)")
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    if sys.version_info[:2] != (3, 12):
        print(f"warning: running under Python {sys.version.split()[0]}, not 3.12", file=sys.stderr)
    if sys.maxsize != 2**63 - 1:
        print("warning: not a 64-bit CPython; hashes will differ", file=sys.stderr)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        driver = args.driver or build_driver(tmp, args.unicode_dir)
        ok = check_ucd(driver)
        ok &= check_str(driver, rng, args.count)
        ok &= check_hash(driver, rng, args.count)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
