#!/usr/bin/env python3
"""Exhaustively compares molt::unicode with CPython 3.12 (dev tool, not run by CI).

    python3.12 tools/gen-unicode/check_against_python.py [--driver PATH] [--unicode-dir DIR]

Without --driver, builds gen_unicode and check_driver (tools/gen-unicode/
check_driver.cpp) with $CXX (default c++) in a temporary directory. Checks:
  * lookupName for every character name and alias, case variants, algorithmic
    names, and random corruptions of them, against the 'unicode_escape' codec
    (what \\N{...} in string literals uses);
  * isIdStart/isIdContinue for every code point against str.isidentifier;
  * nfkc for every code point, NormalizationTest.txt and random combining
    sequences, against unicodedata.normalize('NFKC', ...).
"""
import argparse
import bz2
import codecs
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build_driver(tmp, unicode_dir):
    cxx = os.environ.get("CXX", "c++")
    gen = os.path.join(tmp, "gen_unicode")
    driver = os.path.join(tmp, "check_driver")
    flags = ["-std=c++20", "-O2"]
    subprocess.check_call([cxx, *flags, "-o", gen, os.path.join(ROOT, "tools/gen-unicode/gen_unicode.cpp")])
    subprocess.check_call([gen, unicode_dir, os.path.join(tmp, "unicode_tables.inc")])
    subprocess.check_call([cxx, *flags, "-I", tmp, "-I", os.path.join(ROOT, "compiler"), "-o", driver,
                           os.path.join(ROOT, "compiler/syntax/Unicode.cpp"),
                           os.path.join(ROOT, "tools/gen-unicode/check_driver.cpp")])
    return driver


def run(driver, mode, lines=()):
    data = "".join(line + "\n" for line in lines)
    out = subprocess.run([driver, mode], input=data.encode("utf-8", "surrogatepass"),
                         stdout=subprocess.PIPE, check=True).stdout.decode()
    return out.split("\n")[:-1]


def python_lookup(name):
    try:
        s = codecs.decode(b"\\N{" + name.encode() + b"}", "unicode_escape")
    except UnicodeDecodeError:
        return "-"
    return "%04X" % ord(s)


def report(what, failures, total):
    print(f"{what}: {total - len(failures)}/{total} match")
    for f in failures[:20]:
        print("   ", f)
    return not failures


def check_names(driver, unicode_dir, rng):
    names = set()
    for c in range(0x110000):
        n = unicodedata.name(chr(c), None)
        if n:
            names.add(n)
    with open(os.path.join(unicode_dir, "NameAliases.txt")) as f:
        for line in f:
            line = line.split("#")[0].strip()
            if line:
                names.add(line.split(";")[1])
    names.add("TANGUT IDEOGRAPH-17000")
    queries = set(names)
    for n in names:
        queries.add(n.lower())
        queries.add(n.title())
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -"
    sample = sorted(names)
    for _ in range(200000):
        n = list(rng.choice(sample))
        op = rng.randrange(4)
        pos = rng.randrange(len(n) + 1)
        if op == 0 and pos < len(n):
            del n[pos]
        elif op == 1:
            n.insert(pos, rng.choice(alphabet))
        elif op == 2 and pos < len(n):
            n[pos] = rng.choice(alphabet)
        else:
            n = n[:pos]
        queries.add("".join(n))
    for digits in ("4E00", "4e00", "04E00", "004E00", "4E0", "2B739", "2B73A", "323AF", "323B0", "F900", "12345"):
        for prefix in ("CJK UNIFIED IDEOGRAPH-", "cjk unified ideograph-", "CJK COMPATIBILITY IDEOGRAPH-",
                       "NUSHU CHARACTER-", "KHITAN SMALL SCRIPT CHARACTER-", "TANGUT IDEOGRAPH-"):
            queries.add(prefix + digits)
    queries.discard("")
    queries = sorted(queries)
    got = run(driver, "names", queries)
    failures = [f"{q!r}: molt {g}, python {e}" for q, g in zip(queries, got)
                if g != (e := python_lookup(q))]
    return report("names", failures, len(queries))


def check_ids(driver):
    got = run(driver, "ids")[0]
    failures = []
    for c in range(0x110000):
        s = chr(c)
        expected = (1 if s.isidentifier() else 0) + (2 if ("a" + s).isidentifier() else 0)
        if int(got[c]) != expected:
            failures.append(f"U+{c:04X}: molt {got[c]}, python {expected}")
    return report("identifiers", failures, 0x110000)


def check_nfkc(driver, unicode_dir, rng):
    cases = [[c] for c in range(0x110000)]
    test_file = os.path.join(unicode_dir, "NormalizationTest.txt.bz2")
    opener = bz2.open if os.path.exists(test_file) else open
    if not os.path.exists(test_file):
        test_file = test_file[:-4]
    if os.path.exists(test_file):
        with opener(test_file, "rt", encoding="utf-8") as f:
            for line in f:
                line = line.split("#")[0].strip()
                if line and not line.startswith("@"):
                    for col in line.split(";")[:5]:
                        cases.append([int(x, 16) for x in col.split()])
    # Random sequences of starters, combining marks and jamo.
    marks = [c for c in range(0x110000) if unicodedata.combining(chr(c))]
    starters = [c for c in range(0x20, 0x3000) if unicodedata.decomposition(chr(c))] + \
        list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11A7, 0x11C3)) + \
        [0x41, 0x61, 0x3B1, 0x415, 0xAC00, 0xAC01, 0x304B, 0x0B47, 0x0B3E, 0xD800]
    pool = marks + starters * 2
    for _ in range(200000):
        cases.append([rng.choice(pool) for _ in range(rng.randrange(1, 7))])
    got = run(driver, "nfkc", [" ".join("%04X" % c for c in case) for case in cases])
    failures = []
    for case, g in zip(cases, got):
        expected = " ".join("%04X" % ord(c) for c in unicodedata.normalize("NFKC", "".join(map(chr, case))))
        if g != expected:
            failures.append(f"{' '.join('%04X' % c for c in case)}: molt {g}, python {expected}")
    return report("nfkc", failures, len(cases))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--driver", help="prebuilt check_driver (default: build one)")
    ap.add_argument("--unicode-dir", default="/usr/share/unicode")
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 12):
        print(f"warning: running under Python {sys.version.split()[0]}, not 3.12", file=sys.stderr)
    rng = random.Random(12)
    with tempfile.TemporaryDirectory() as tmp:
        driver = args.driver or build_driver(tmp, args.unicode_dir)
        ok = check_names(driver, args.unicode_dir, rng)
        ok &= check_ids(driver)
        ok &= check_nfkc(driver, args.unicode_dir, rng)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
