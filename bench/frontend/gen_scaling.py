"""Generates the inputs of bench/frontend/scaling.sh (run BY the reference CPython 3.12).

    gen_scaling.py OUTDIR [--check]

Writes OUTDIR/<case>_1x.py and OUTDIR/<case>_4x.py for every case, and
OUTDIR/cases.txt (one line per case: name, description). The 4x input is four
times the 1x one along the dimension the case is about (length, depth,
count). With --check, also reports whether CPython's ast.parse accepts each
input (column 3 of cases.txt: "ok" or the exception), for information only.
"""

import ast
import os
import sys
import warnings


def statements(k):
    kinds = [
        "x{i} = a + b * {i} - c",
        "foo(bar, {i}, baz=[1, 2, 3])",
        "if x{i} > {i}: y = x{i}",
        "obj.attr{i} = 'text {i}'",
        "del z{i}",
    ]
    return "".join(kinds[i % len(kinds)].format(i=i) + "\n" for i in range(50000 * k))


def long_expr(k):
    n = (1024 * 1024 * k - 4) // 2
    return "x = 1" + "+1" * n + "\n"


def nested(open_, close, depth, inner="1", lines=2000):
    line = "x = " + open_ * depth + inner + close * depth + "\n"
    return line * lines


def nested_parens(k):
    return nested("(", ")", 49 * k)


def nested_calls(k):
    return nested("f(", ")", 49 * k)


def nested_lists(k):
    return nested("[", "]", 49 * k)


def nested_mixed(k):
    # [( {a: [( ... alternating list, tuple, dict displays
    depth = 48 * k  # a multiple of 3
    unit_open, unit_close = "[({0: ", "},)]"
    return nested(unit_open, unit_close, depth // 3)


def chained_compare(k):
    n = 10000 * k
    ops = ["<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"]
    line = "x = a0" + "".join(f" {ops[i % len(ops)]} a{i + 1}" for i in range(n)) + "\n"
    return line * 5


def attribute_chain(k):
    return ("x = a" + ".b" * (10000 * k) + "\n") * 5


def call_chain(k):
    return ("x = f" + "(1)" * (10000 * k) + "\n") * 5


def subscript_chain(k):
    return ("x = a" + "[0]" * (10000 * k) + "\n") * 5


def long_string(k):
    return 's = "' + "abcdefghij" * (5 * 1024 * 1024 * k // 10) + '"\n'


def long_string_escapes(k):
    return 's = "' + "\\n\\x41\\u00e9\\t" * (1024 * 1024 * k // 16) + '"\n'


def triple_string(k):
    line = "lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do\n"
    return 's = """\n' + line * (5 * 1024 * 1024 * k // len(line)) + '"""\n'


def implicit_concat(k):
    parts = "".join(f'    "piece {i} "\n' for i in range(10000 * k))
    return "s = (\n" + parts + ")\n"


def fstring_fields(k):
    return 's = f"' + "".join(f"{{a{i % 10}}}-" for i in range(5000 * k)) + '"\n'


def list_literal(k):
    return "x = [" + ", ".join(str(i) for i in range(100000 * k)) + "]\n"


def dict_literal(k):
    return "x = {" + ", ".join(f"'k{i}': {i}" for i in range(50000 * k)) + "}\n"


def call_args(k):
    return "f(" + ", ".join(f"a{i}" for i in range(50000 * k)) + ")\n"


def many_functions(k):
    body = "def f{i}(a, b=1, *args, c, **kw):\n    if a:\n        return a + b\n    return [x for x in args]\n\n"
    return "".join(body.format(i=i) for i in range(10000 * k))


def deep_blocks(k):
    # 90 nested blocks (the limit is 100), repeated: cost in count of blocks
    out = []
    for r in range(100 * k):
        for d in range(90):
            out.append(" " * d + f"if x{d}:\n")
        out.append(" " * 90 + "pass\n")
    return "".join(out)


CASES = [
    ("statements", statements, "50k lines of simple statements"),
    ("long_expr", long_expr, "x = 1+1+... on one 1 MB line"),
    ("nested_parens", nested_parens, "parentheses nested 49 (4x: 196) deep, 2000 lines"),
    ("nested_calls", nested_calls, "f(f(...)) nested 49 (4x: 196) deep, 2000 lines"),
    ("nested_lists", nested_lists, "[[...]] nested 49 (4x: 196) deep, 2000 lines"),
    ("nested_mixed", nested_mixed, "[({0: ...},)] nested 48 (4x: 192) deep, 2000 lines"),
    ("chained_compare", chained_compare, "10000 chained comparisons, 5 lines"),
    ("attribute_chain", attribute_chain, "a.b.b... 10000 attributes, 5 lines"),
    ("call_chain", call_chain, "f(1)(1)... 10000 calls, 5 lines"),
    ("subscript_chain", subscript_chain, "a[0][0]... 10000 subscripts, 5 lines"),
    ("long_string", long_string, "one 5 MB string literal"),
    ("long_string_escapes", long_string_escapes, "one 1 MB string literal full of escapes"),
    ("triple_string", triple_string, "one 5 MB triple-quoted string"),
    ("implicit_concat", implicit_concat, "10000 implicitly concatenated strings"),
    ("fstring_fields", fstring_fields, "one f-string with 5000 replacement fields"),
    ("list_literal", list_literal, "a list display of 100k ints"),
    ("dict_literal", dict_literal, "a dict display of 50k items"),
    ("call_args", call_args, "a call with 50k arguments"),
    ("many_functions", many_functions, "10000 small functions"),
    ("deep_blocks", deep_blocks, "100 runs of 90 nested if blocks"),
]


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[0]
    check = "--check" in argv[1:]
    warnings.simplefilter("ignore")
    os.makedirs(out, exist_ok=True)
    lines = []
    for name, gen, desc in CASES:
        verdict = "-"
        for k in (1, 4):
            text = gen(k)
            with open(os.path.join(out, f"{name}_{k}x.py"), "w", encoding="utf-8") as f:
                f.write(text)
            if check and k == 1:
                try:
                    ast.parse(text)
                    verdict = "ok"
                except Exception as e:
                    verdict = f"{type(e).__name__}: {e}".replace("\t", " ").replace("\n", " ")[:100]
        lines.append(f"{name}\t{desc}\t{verdict}\n")
    with open(os.path.join(out, "cases.txt"), "w", encoding="utf-8") as f:
        f.writelines(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
