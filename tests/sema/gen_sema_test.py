"""Generates tests/unit/sema_test.cpp: symbol-table and qualname cases whose
expected values come from CPython 3.12 (the `symtable` module and the
co_qualname of compiled code objects).

Usage: python3.12 tests/sema/gen_sema_test.py > tests/unit/sema_test.cpp
Cases: the snippets below plus every tests/sema/symtable/*.py.
"""
import os
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import symtable  # noqa: E402
from symtable_dump import dump  # noqa: E402

SNIPPETS = {
    "assign": "x = 1\ny = x\n",
    "aug_assign": "x = 0\nx += 1\ndef f():\n    y += 1\n",
    "del_name": "x = 1\ndel x\ndef f():\n    z = 1\n    del z\n",
    "import_forms": "import a\nimport a.b.c\nimport a.b as ab\nfrom m import n, o as p\nfrom . import q\nfrom .r import *\n",
    "import_in_function": "def f():\n    import os.path\n    from sys import argv as av\n    return os, av\n",
    "params_all_kinds": "def f(a, b=1, /, c=2, *d, e, f=3, **g):\n    return a, b, c, d, e, f, g\n",
    "param_unused": "def f(a, b):\n    pass\n",
    "lambda_params": "f = lambda a, *b, c=d, **e: (a, b, c, e, g)\n",
    "lambda_default_scope": "def f(x):\n    return lambda y=x: y\n",
    "global_decl": "def f():\n    global g\n    g = 1\n    return g\n",
    "global_read_only": "def f():\n    global g\n    return g\n",
    "global_in_nested": "def f():\n    x = 1\n    def g():\n        global x\n        x = 2\n    return x\n",
    "nonlocal_simple": "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n    return g\n",
    "nonlocal_two_levels": "def f():\n    x = 0\n    def g():\n        def h():\n            nonlocal x\n            x = 1\n        return h\n    return g\n",
    "free_through_middle": "def f(a):\n    def g():\n        def h():\n            return a\n        return h\n    return g\n",
    "cell_param": "def f(a):\n    return lambda: a\n",
    "shadowing_param": "def f(a):\n    def g(a):\n        return a\n    return g\n",
    "local_after_use": "x = 1\ndef f():\n    print(x)\n    x = 2\n",
    "implicit_global_read": "def f():\n    return len(x)\n",
    "class_body_names": "class C:\n    a = 1\n    b = a + 1\n    def m(self):\n        return a\n",
    "class_in_function": "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
    "class_binds_and_method_free": "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
    "class_global": "class C:\n    global g\n    g = 1\n",
    "class_nonlocal": "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n    return x\n",
    "super_in_method": "class C:\n    def m(self):\n        return super().m()\n",
    "dunder_class": "class C:\n    def m(self):\n        return __class__\n",
    "super_nested": "class C:\n    def m(self):\n        def g():\n            return super()\n        return g\n",
    "private_mangling": "class C:\n    __a = 1\n    def __m(self, __p):\n        __l = __p\n        return self.__a, __g, __l\n    __d__ = 2\n",
    "private_mangling_nested": "class _Outer:\n    class __Inner:\n        __x = 1\n    def f(self):\n        __y = 1\n        return lambda: __y\n",
    "listcomp_module": "r = [x for x in range(3)]\n",
    "listcomp_function": "def f(n):\n    return [x * n for x in range(n)]\n",
    "setcomp_dictcomp": "def f(n):\n    return {x for x in n}, {k: v for k, v in n}\n",
    "genexp_function": "def f(n):\n    return sum(x * n for x in range(n))\n",
    "genexp_module": "g = (x for x in range(3))\n",
    "nested_comprehensions": "def f(m):\n    return [[x * y for y in row] for x, row in m]\n",
    "comp_lambda_capture": "def f():\n    return [lambda: i for i in range(3)]\n",
    "comp_lambda_outer_capture": "def f(n):\n    return [lambda: n + i for i in range(3)]\n",
    "comp_shadows_local": "def f():\n    x = 10\n    r = [x for x in range(3)]\n    return x, r\n",
    "comp_in_class": "class C:\n    v = 1\n    r = [v for _ in range(2)]\n    s = [i for i in range(v)]\n",
    "comp_in_class_lambda": "class C:\n    r = [lambda: i for i in range(2)]\n",
    "genexp_in_class": "class C:\n    v = 1\n    g = (v for _ in range(2))\n",
    "walrus_function": "def f(xs):\n    if (n := len(xs)) > 1:\n        return n\n",
    "walrus_in_comp_function": "def f(xs):\n    r = [y for x in xs if (y := x)]\n    return y, r\n",
    "walrus_in_comp_module": "r = [y for x in range(3) if (y := x)]\n",
    "walrus_in_genexp": "def f(xs):\n    any((hit := x) for x in xs)\n    return hit\n",
    "walrus_nested_comp": "def f():\n    return [[(z := j) for j in range(i)] for i in range(3)]\n",
    "walrus_comp_global": "def f():\n    global g\n    return [(g := i) for i in range(3)]\n",
    "walrus_comp_lambda": "def f():\n    return [(lambda: (w := 1)) for _ in range(2)]\n",
    "except_as": "try:\n    pass\nexcept E as e:\n    pass\ndef f():\n    try:\n        pass\n    except E as err:\n        return err\n",
    "with_as": "def f(m):\n    with m as (a, b), m as c:\n        return a, b, c\n",
    "for_targets": "def f(xs):\n    for i, (j, *k) in xs:\n        pass\n    else:\n        pass\n    return i\n",
    "match_captures": "def f(v):\n    match v:\n        case [a, *rest]:\n            return a, rest\n        case {'k': b, **kw}:\n            return b, kw\n        case P(x=c) | Q(c) as whole:\n            return c, whole\n",
    "annotations_function": "def f(a: A, *b: B, c: C = d, **e: E) -> R:\n    x: X = 1\n    y: Y\n    return x\n",
    "annotations_module": "x: int = 1\ny: str\n(z): float = 2.0\nobj.attr: int = 3\n",
    "decorators": "@dec\ndef f(): pass\n@dec2(arg)\nclass C: pass\n",
    "class_bases_kw": "class C(B1, B2, metaclass=M, **kw):\n    pass\n",
    "async_def": "async def f(x):\n    await x\n    async for i in x:\n        pass\n    async with x as y:\n        pass\n    return [i async for i in x], y\n",
    "generators": "def f():\n    x = yield 1\n    yield from g(x)\n",
    "fstring_names": "def f(v, w):\n    return f'{v!r:>{w}} {u}'\n",
    "star_args_call": "def f(a, k):\n    return g(*a, **k, key=z)\n",
    "slices_subscripts": "def f(a):\n    a[i:j:k] = a[m]\n    del a[n]\n",
    "attribute_store": "def f(o):\n    o.x = o.y\n",
    "global_and_local_same_name_two_funcs": "def f():\n    global x\n    x = 1\ndef g():\n    x = 2\n    return x\n",
    "def_global_qualname": "def f():\n    global g\n    def g():\n        pass\n    return g\n",
    "method_qualnames": "class A:\n    def m(self):\n        def inner():\n            return lambda: 0\n        return inner\n    class B:\n        def n(self):\n            return (x for x in [])\n",
    "comp_lambda_qualname": "def f():\n    return [lambda: 0 for _ in [1]][0]\n",
    "genexp_lambda_qualname": "def f():\n    return (lambda: 0 for _ in [1])\n",
    "class_comp_lambda_qualname": "class C:\n    fs = [lambda: 0 for _ in [1]]\n",
    "deep_nesting": "def a():\n    x = 1\n    def b():\n        def c():\n            def d():\n                return x\n            return d\n        return c\n    return b\n",
    "type_params_function": "def f[T](x: T) -> T:\n    return x\n",
    "type_params_class": "class C[T]:\n    def m(self) -> T:\n        pass\n",
    "type_alias": "type A = list[int]\ntype B[T] = dict[str, T]\n",
    "future_annotations": "from __future__ import annotations\ndef f(a: A) -> R:\n    x: X = 1\n",
}


def qualnames(src):
    out = []

    def walk(co):
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                out.append(c.co_qualname)
                walk(c)

    try:
        walk(compile(src, "<case>", "exec"))
    except SystemError:  # CPython 3.12.1 bugs (e.g. `super` in a class-level comprehension)
        return None
    return sorted(out)


def cpp_string(s):
    assert ')py"' not in s
    return 'R"py(' + s + ')py"'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cases = dict(SNIPPETS)
    sdir = os.path.join(here, "symtable")
    for name in sorted(os.listdir(sdir)):
        if name.endswith(".py"):
            with open(os.path.join(sdir, name), encoding="utf-8") as f:
                cases["file_" + name[:-3]] = f.read()
    print("// GENERATED by tests/sema/gen_sema_test.py from CPython 3.12 (symtable module,")
    print("// code objects' co_qualname). Do not edit; regenerate:")
    print("//   python3.12 tests/sema/gen_sema_test.py > tests/unit/sema_test.cpp")
    print('#include <gtest/gtest.h>')
    print()
    print('#include <algorithm>')
    print('#include <string>')
    print('#include <vector>')
    print()
    print('#include "sema/Sema.h"')
    print()
    print("namespace {")
    print()
    print("struct SymtableCase {")
    print("  const char *name;")
    print("  const char *source;")
    print("  const char *dump;       ///< tests/sema/symtable_dump.py output")
    print("  const char *qualnames;  ///< sorted co_qualname of every code object, one a line;")
    print("                          ///< nullptr when type parameter scopes make them differ")
    print("};")
    print()
    print("const SymtableCase kCases[] = {")
    for name, src in cases.items():
        lines = []
        dump(symtable.symtable(src, "<case>", "exec"), 0, lines)
        d = "\n".join(lines) + "\n"
        qn = qualnames(src)
        generic = name.startswith("type_") or name == "file_typeparams"
        qual = "nullptr" if qn is None or generic else cpp_string("".join(x + "\n" for x in qn))
        print(f'    {{"{name}",\n     {cpp_string(src)},\n     {cpp_string(d)},\n     {qual}}},')
    print("};")
    print()
    print("class SymtableTest : public ::testing::TestWithParam<SymtableCase> {};")
    print()
    print("/// Qualnames of the scopes CPython 3.12 compiles to code objects.")
    print("void collectQualnames(const molt::sema::Scope *s, std::vector<std::string> &out) {")
    print("  using molt::sema::ScopeKind;")
    print("  bool code = s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda ||")
    print("              s->kind == ScopeKind::Class ||")
    print("              (s->kind == ScopeKind::Comprehension && !s->inlined);")
    print("  if (code) out.push_back(s->qualname);")
    print("  for (const molt::sema::Scope *c : s->children) collectQualnames(c, out);")
    print("}")
    print()
    print("TEST_P(SymtableTest, MatchesCPython) {")
    print("  const SymtableCase &c = GetParam();")
    print("  molt::sema::Program program;")
    print("  std::vector<molt::sema::Diagnostic> diags;")
    print('  molt::sema::ModuleUnit *u = molt::sema::addModule(program, "__main__", "<case>", c.source, diags);')
    print("  ASSERT_NE(u, nullptr) << (diags.empty() ? std::string() : diags[0].message);")
    print("  EXPECT_EQ(molt::sema::dumpScopes(*u->top), c.dump);")
    print("  if (c.qualnames) {")
    print("    std::vector<std::string> q;")
    print("    for (const molt::sema::Scope *ch : u->top->children) collectQualnames(ch, q);")
    print("    std::sort(q.begin(), q.end());")
    print("    std::string joined;")
    print("    for (const std::string &s : q) joined += s + \"\\n\";")
    print("    EXPECT_EQ(joined, c.qualnames);")
    print("  }")
    print("}")
    print()
    print("INSTANTIATE_TEST_SUITE_P(Sema, SymtableTest, ::testing::ValuesIn(kCases),")
    print("                         [](const ::testing::TestParamInfo<SymtableCase> &i) {")
    print("                           return std::string(i.param.name);")
    print("                         });")
    print()
    print("} // namespace")


if __name__ == "__main__":
    main()
