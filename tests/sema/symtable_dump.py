"""Prints CPython 3.12's symbol tables of a file in the format of `molt check --dump-scopes`.

Usage: python3.12 tests/sema/symtable_dump.py FILE
One line per scope ("<type> <name>") and per symbol (indented, name and the
symtable predicates that hold); children follow their parent, indented.
"""
import symtable
import sys

CELL = 5  # symtable's scope value for a cell variable


def flags(sym):
    out = []
    if sym.is_parameter(): out.append("param")
    if sym.is_local(): out.append("local")
    if sym.is_global(): out.append("global")
    if sym.is_declared_global(): out.append("declared_global")
    if sym.is_nonlocal(): out.append("nonlocal")
    if sym.is_free(): out.append("free")
    if sym._Symbol__scope == CELL: out.append("cell")
    if sym.is_imported(): out.append("imported")
    if sym.is_assigned(): out.append("assigned")
    if sym.is_referenced(): out.append("referenced")
    if sym.is_annotated(): out.append("annotated")
    return out


def dump(table, depth, lines):
    ind = "  " * depth
    lines.append(f"{ind}{table.get_type()} {table.get_name()}")
    # Names a scope only passes through to its children (implicitly free, no
    # flags) come last, in set order; print them sorted to be deterministic.
    syms = table.get_symbols()
    plain = [s for s in syms if s._Symbol__flags & 0xFFF]
    passthrough = sorted((s for s in syms if not s._Symbol__flags & 0xFFF), key=lambda s: s.get_name())
    for sym in plain + passthrough:
        lines.append(f"{ind}  {sym.get_name()}:" + "".join(" " + f for f in flags(sym)))
    for child in table.get_children():
        dump(child, depth + 1, lines)


def main():
    path = sys.argv[1]
    src = open(path, encoding="utf-8").read()
    lines = []
    dump(symtable.symtable(src, path, "exec"), 0, lines)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
