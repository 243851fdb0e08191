"""Reference side of tests/syntax/conformance.sh (run BY the reference CPython 3.12).

Runs in-process only (no subprocess / multiprocessing) so that it also works
when the reference interpreter is Pyodide under Node.

    conformance_ref.py expect  FILES.txt CACHE_DIR
        Computes CPython's expected result for every file listed in FILES.txt
        (one absolute path per line) into CACHE_DIR, skipping files whose
        result is already cached. The cache key is a hash of the interpreter
        version and the file's bytes, so re-runs only parse changed files.

    conformance_ref.py compare FILES.txt CACHE_DIR RUN_DIR REPORT [--root DIR]
                       [--min-percent P]
        Compares molt's outputs (left in RUN_DIR by conformance.sh) with the
        expected results, writes the list of differences to REPORT, prints
        the summary line and exits 0 (pass), 1 (fail).

A cache entry is one file named after the key. Its first line is either
    ok <sha1 of the UTF-8 dump> <length of the dump in bytes>
followed by the zlib-compressed dump, or
    err <ExceptionType>: <message>
"""

import ast
import hashlib
import os
import sys
import warnings
import zlib

KEY_SALT = b"molt-conformance-v1\0" + sys.version.encode() + b"\0"
CONTEXT = 40  # characters shown on each side of the first difference


def cache_key(data):
    return hashlib.sha256(KEY_SALT + data).hexdigest()


def read_list(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def cpython_result(data):
    """('ok', dump_bytes) or ('err', 'Type: message') for one file's bytes."""
    try:
        tree = ast.parse(data)
    except Exception as e:  # SyntaxError, ValueError, RecursionError, MemoryError...
        msg = e.msg if isinstance(e, SyntaxError) and e.msg else str(e)
        return "err", f"{type(e).__name__}: {msg}".replace("\n", " ")
    try:
        dump = ast.dump(tree, include_attributes=True)
    except RecursionError:
        return "err", "RecursionError: in ast.dump (tree too deep)"
    return "ok", dump.encode("utf-8", "surrogatepass")


def write_entry(cache_dir, key, status, payload):
    path = os.path.join(cache_dir, key)
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "wb") as f:
        if status == "ok":
            digest = hashlib.sha1(payload).hexdigest()
            f.write(f"ok {digest} {len(payload)}\n".encode())
            f.write(zlib.compress(payload, 1))
        else:
            f.write(f"err {payload}\n".encode("utf-8", "backslashreplace"))
    os.replace(tmp, path)


def load_entry(cache_dir, key):
    """Returns (status, (digest, length) / message, path) or None. Only the
    header line is read; read_body(path) gets the dump when it is needed."""
    path = os.path.join(cache_dir, key)
    try:
        with open(path, "rb") as f:
            head = f.readline()
    except OSError:
        return None
    if not head.endswith(b"\n"):
        return None
    head = head[:-1].decode("utf-8", "replace")
    if head.startswith("ok "):
        parts = head.split()
        if len(parts) != 3:
            return None
        return "ok", (parts[1], int(parts[2])), path
    if head.startswith("err "):
        return "err", head[4:], path
    return None


def read_body(path):
    """The expected dump (bytes) stored in the cache entry at path."""
    with open(path, "rb") as f:
        f.readline()
        return zlib.decompress(f.read())


def expected_for(path, cache_dir, stats, need=True):
    """Loads (or computes and caches) the expected result of one file."""
    with open(path, "rb") as f:
        data = f.read()
    key = cache_key(data)
    if not need and os.path.exists(os.path.join(cache_dir, key)):
        stats["cached"] += 1
        return None
    entry = load_entry(cache_dir, key)
    if entry is None:
        status, payload = cpython_result(data)
        write_entry(cache_dir, key, status, payload)
        stats["computed"] += 1
        entry = load_entry(cache_dir, key)
    else:
        stats["cached"] += 1
    return entry


def cmd_expect(files_txt, cache_dir):
    os.makedirs(cache_dir, exist_ok=True)
    stats = {"computed": 0, "cached": 0}
    for path in read_list(files_txt):
        try:
            expected_for(path, cache_dir, stats, need=False)
        except OSError as e:
            print(f"conformance_ref: cannot read {path}: {e}", file=sys.stderr)
    print(f"expected: {stats['computed']} computed, {stats['cached']} cached")
    return 0


# ---------------------------------------------------------------------------
# molt's results, as conformance.sh leaves them in RUN_DIR:
#   b<K>.list  the files of batch K (one per line)
#   b<K>.mode  "batch": b<K>.out holds one dump line per file (exit status 0)
#              "single": every file was re-run alone into b<K>/<J>.{out,err,rc}
#              (missing: the batch was not run, the run stopped after a crash)
#   b<K>.rc / b<K>.err  exit status and stderr of the batch run

SANITIZER_MARKERS = (b"AddressSanitizer", b"LeakSanitizer", b"UndefinedBehaviorSanitizer",
                     b"MemorySanitizer", b": runtime error: ")


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def read_rc(path):
    raw = read_bytes(path)
    try:
        return int(raw.decode().strip())
    except (AttributeError, ValueError):
        return None


def describe_crash(rc, err):
    if err is not None and any(m in err for m in SANITIZER_MARKERS):
        return f"sanitizer error (exit status {rc})"
    if rc == 124 or rc == 137:
        return "timeout"
    if rc is not None and rc > 128:
        sig = rc - 128
        names = {4: "SIGILL", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV"}
        return f"killed by signal {sig}" + (f" ({names[sig]})" if sig in names else "")
    return f"abnormal exit status {rc}"


def classify_single(out, err, rc):
    """molt's result for one file run alone: (status, payload)."""
    if rc is None:
        return "skipped", "no result"
    if rc not in (0, 1) or (err is not None and any(m in err for m in SANITIZER_MARKERS)):
        return "crash", describe_crash(rc, err)
    if rc == 1:
        return "reject", (err or b"").decode("utf-8", "replace")
    out = out or b""
    if out.count(b"\n") != 1 or not out.endswith(b"\n"):
        nlines = out.count(b"\n")
        return "badout", f"exit status 0 but {nlines} output lines (expected exactly 1)"
    return "ok", out[:-1]


def molt_results(run_dir):
    """Yields (path, status, payload) for every file of every batch."""
    k = 0
    while True:
        base = os.path.join(run_dir, f"b{k}")
        if not os.path.exists(base + ".list"):
            return
        files = read_list(base + ".list")
        mode = (read_bytes(base + ".mode") or b"").decode().strip()
        if mode == "batch":
            lines = (read_bytes(base + ".out") or b"").split(b"\n")
            for i, path in enumerate(files):
                yield path, "ok", lines[i]
        elif mode == "single":
            for j, path in enumerate(files):
                sb = os.path.join(base, str(j))
                yield path, *classify_single(read_bytes(sb + ".out"), read_bytes(sb + ".err"),
                                            read_rc(sb + ".rc"))
        else:
            for path in files:
                yield path, "skipped", "not run (stopped after a crash; use -k to keep going)"
        k += 1


def first_line_of_error(text):
    """The 'line N' and 'SyntaxError: msg' parts of a SyntaxError report."""
    lines = [l for l in text.splitlines() if l.strip()]
    where = ""
    for l in lines:
        s = l.strip()
        if s.startswith("File ") and ", line " in s:
            where = " (line " + s.rsplit(", line ", 1)[1] + ")"
    last = lines[-1].strip() if lines else "(no message)"
    return last + where


def context(b, pos):
    lo = max(0, pos - CONTEXT)
    s = b[lo:pos + CONTEXT].decode("utf-8", "replace")
    return ("..." if lo > 0 else "   ") + s + ("..." if pos + CONTEXT < len(b) else "")


def explain_dump_diff(expected, got):
    n = min(len(expected), len(got))
    pos = 0
    # Find the first differing byte (chunked for speed on big dumps).
    step = 4096
    while pos < n and expected[pos:pos + step] == got[pos:pos + step]:
        pos += step
    while pos < n and expected[pos] == got[pos]:
        pos += 1
    # Back up to a UTF-8 character boundary.
    while pos > 0 and pos < len(expected) and (expected[pos] & 0xC0) == 0x80:
        pos -= 1
    ctx_e = context(expected, pos)
    ctx_g = context(got, pos)
    caret = " " * (3 + len(expected[max(0, pos - CONTEXT):pos].decode("utf-8", "replace"))) + "^"
    return (f"dump differs at byte {pos} (cpython {len(expected)} bytes, molt {len(got)} bytes)\n"
            f"    cpython: {ctx_e}\n"
            f"    molt:    {ctx_g}\n"
            f"             {caret}\n")


def cmd_compare(files_txt, cache_dir, run_dir, report, root, min_percent):
    os.makedirs(cache_dir, exist_ok=True)
    stats = {"computed": 0, "cached": 0}
    wanted = read_list(files_txt)
    results = {}
    for path, status, payload in molt_results(run_dir):
        results[path] = (status, payload)

    def rel(p):
        if root and p.startswith(root.rstrip("/") + "/"):
            return p[len(root.rstrip("/")) + 1:]
        return p

    total = identical = crashes = skipped = 0
    both_reject = 0
    entries = []  # (kind, path, text)
    counts = {"dump": 0, "molt-rejects": 0, "molt-accepts": 0, "bad-output": 0}
    for path in wanted:
        total += 1
        try:
            exp = expected_for(path, cache_dir, stats)
        except OSError as e:
            entries.append(("error", path, f"cannot read file: {e}\n"))
            continue
        status, payload = results.get(path, ("skipped", "no result from molt"))
        if status == "crash":
            crashes += 1
            entries.append(("crash", path, f"CRASH: {payload}\n"))
            continue
        if status == "skipped":
            skipped += 1
            continue
        if status == "badout":
            counts["bad-output"] += 1
            entries.append(("differs", path, f"bad output: {payload}\n"))
            continue
        exp_status = exp[0]
        if exp_status == "err":
            if status == "reject":
                identical += 1
                both_reject += 1
            else:
                counts["molt-accepts"] += 1
                entries.append(("differs", path, f"CPython rejects ({exp[1]}) but molt accepts\n"))
            continue
        digest, length = exp[1]
        if status == "reject":
            counts["molt-rejects"] += 1
            entries.append(("differs", path,
                            f"CPython accepts but molt rejects: {first_line_of_error(payload)}\n"))
            continue
        got = payload
        if len(got) == length and hashlib.sha1(got).hexdigest() == digest:
            identical += 1
            continue
        counts["dump"] += 1
        expected = read_body(exp[2])
        entries.append(("differs", path, explain_dump_diff(expected, got)))

    order = {"crash": 0, "error": 1, "differs": 2}
    entries.sort(key=lambda e: (order[e[0]], rel(e[1])))
    os.makedirs(os.path.dirname(os.path.abspath(report)), exist_ok=True)
    with open(report, "w", encoding="utf-8", errors="backslashreplace") as f:
        f.write(f"# molt parse --dump-ast vs CPython {sys.version.split()[0]} ast.dump"
                f"(include_attributes=True); {total - identical} non-identical files\n")
        for kind, path, text in entries:
            f.write(f"== {rel(path)}: {text}")
        if skipped:
            f.write(f"== ({skipped} files not run: the run stopped after a crash; use -k to keep going)\n")

    percent = 100.0 * identical / total if total else 100.0
    shown = f"{int(percent * 100) / 100:.2f}"  # truncated, never rounded up to the threshold
    print(f"conformance: {identical}/{total} identical ({shown}%), {crashes} crashes")
    detail = [f"{both_reject} rejected by both"]
    for name, label in (("dump", "different dumps"), ("molt-rejects", "rejected only by molt"),
                        ("molt-accepts", "rejected only by CPython"), ("bad-output", "bad output")):
        if counts[name]:
            detail.append(f"{counts[name]} {label}")
    if skipped:
        detail.append(f"{skipped} not run")
    print("  " + ", ".join(detail) + f"; details in {report}")
    if stats["computed"]:
        print(f"  ({stats['computed']} expected results computed late, {stats['cached']} cached)")
    ok = percent >= min_percent and crashes == 0 and total > 0
    return 0 if ok else 1


def main(argv):
    warnings.simplefilter("ignore")  # SyntaxWarnings from ast.parse are not our business
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    if len(argv) >= 3 and argv[0] == "expect":
        return cmd_expect(argv[1], argv[2])
    if len(argv) >= 5 and argv[0] == "compare":
        root, min_percent = "", 99.5
        rest = argv[5:]
        while rest:
            opt = rest.pop(0)
            if opt == "--root" and rest:
                root = rest.pop(0)
            elif opt == "--min-percent" and rest:
                min_percent = float(rest.pop(0))
            else:
                print(f"conformance_ref: bad option {opt}", file=sys.stderr)
                return 2
        return cmd_compare(argv[1], argv[2], argv[3], argv[4], root, min_percent)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
