"""Reference side of bench/frontend/run.sh (run BY the reference CPython 3.12).

    cpython_parse.py FILES.txt ACCEPTED.txt RUNS

Times `ast.parse(bytes)` in-process over the files listed in FILES.txt (one
path per line): per file, reading the bytes and ast.parse are timed (freeing
the tree is not). Files CPython rejects are left out (and written nowhere);
the accepted ones are written to ACCEPTED.txt so that molt parses exactly the
same set. Prints one JSON object: files, bytes, best seconds, every run.
"""

import ast
import gc
import json
import sys
import time
import warnings


def one_run(paths):
    total = 0.0
    clock = time.perf_counter
    for p in paths:
        t0 = clock()
        with open(p, "rb") as f:
            data = f.read()
        tree = ast.parse(data)
        total += clock() - t0
        del tree
    return total


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    warnings.simplefilter("ignore")
    files = [l.rstrip("\n") for l in open(argv[0], encoding="utf-8") if l.strip()]
    accepted, rejected, nbytes = [], [], 0
    for p in files:
        with open(p, "rb") as f:
            data = f.read()
        try:
            ast.parse(data)
        except Exception:
            rejected.append(p)
            continue
        accepted.append(p)
        nbytes += len(data)
    with open(argv[1], "w", encoding="utf-8") as f:
        f.writelines(p + "\n" for p in accepted)
    runs = []
    for _ in range(int(argv[2])):
        gc.collect()
        runs.append(one_run(accepted))
    print(json.dumps({"python": sys.version.split()[0], "platform": sys.platform,
                      "files": len(accepted), "bytes": nbytes, "rejected": len(rejected),
                      "seconds": min(runs), "runs": runs}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
