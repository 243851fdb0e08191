# Usage: python3.12 tools/gen-tests/rt_str_test_gen.py tests/unit/rt_str_test.cpp  (PYTHONHASHSEED=0)
# Generates tests/unit/rt_str_test.cpp: each case is evaluated by CPython 3.12
# here and the expected repr / exception is written into the C++ table.
import sys, os
U = 'aé中😀'
cases = [
 # (receiver, op, args)
 ('abc', 'len', ()), (U, 'len', ()), ('', 'len', ()),
 ('abc', 'getitem', (1,)), ('abc', 'getitem', (-1,)), ('abc', 'getitem', (3,)), (U, 'getitem', (3,)), (U, 'getitem', (-3,)),
 ('abc', 'getitem', ('x',)), ('abc', 'getitem', (1.0,)),
 ('abcdef', 'slice', (1, 4, None)), ('abcdef', 'slice', (None, None, -1)), ('abcdef', 'slice', (None, None, 2)), (U*50, 'slice', (70, 140, 3)),
 (U, 'slice', (None, None, -1)), ('abc', 'slice', (None, None, 0)), ('abc', 'slice', (10, 20, None)),
 ('ab', '+', ('cd',)), ('ab', '+', (1,)), ('ab', '*', (3,)), ('ab', '*', (-1,)), ('ab', '*', (1.5,)), ('é', '*', (3,)),
 ('b', 'in', ('abc',)), ('x', 'in', ('abc',)), ('', 'in', ('abc',)), ('abc', 'in_rev', (1,)),
 ('abc', '<', ('abd',)), ('abc', '<', ('ab',)), ('\ud800', '<', ('\ue000',)), ('😀', '>', ('\uffff',)), ('abc', '==', ('abc',)), ('abc', '!=', ('abc',)), ('a', '<', (1,)),
 ('abc', 'hash', ()), ('', 'hash', ()), ('é', 'hash', ()), ('中文', 'hash', ()), ('😀x', 'hash', ()),
 ('abc', 'repr', ()), ("it's", 'repr', ()), ('a"b\'c', 'repr', ()), ('\n\t\x00\x7f\x80é\u200b\ud800😀', 'repr', ()), ('é', 'ascii', ()),
 ('abc', 'list', ()), (U, 'list', ()),
 ('a,b,,c', 'split', (',',)), ('a,b,,c', 'split', (',', 1)), ('  a  b  ', 'split', ()), ('  a  b  ', 'rsplit', (None, 1)), ('a,b,c', 'rsplit', (',', 1)),
 ('abc', 'split', ('',)), ('abc', 'split', (1,)), ('a\u3000b\x1cc', 'split', ()),
 ('a\nb\r\nc\rd\x0be\u2028f', 'splitlines', ()), ('a\nb\r\n', 'splitlines', (True,)),
 ('-', 'join', (['a', 'b', 'c'],)), ('-', 'join', ([],)), ('-', 'join', (['a', 1],)), ('', 'join', (('x', 'é'),)),
 ('  xx  ', 'strip', ()), ('xyaxy', 'strip', ('xy',)), ('xyaxy', 'lstrip', ('xy',)), ('xyaxy', 'rstrip', ('xy',)), ('\u3000a\u3000', 'strip', ()), ('a', 'strip', (1,)),
 ('hello', 'find', ('l',)), ('hello', 'rfind', ('l',)), ('hello', 'find', ('l', 3)), ('hello', 'find', ('l', -2, -1)), ('hello', 'find', ('z',)), (U + U, 'find', ('😀', 4)),
 ('hello', 'index', ('z',)), ('hello', 'rindex', ('z',)), ('hello', 'count', ('l',)), ('aaaa', 'count', ('aa',)), ('abc', 'count', ('',)), (U, 'count', ('',)), ('hello', 'find', (1,)), ('hello', 'find', ()),
 ('aaa', 'replace', ('a', 'b')), ('aaa', 'replace', ('a', 'b', 2)), ('abc', 'replace', ('', '-')), ('éé', 'replace', ('', '-', 2)),
 ('hello', 'startswith', ('he',)), ('hello', 'startswith', (('x', 'hel'),)), ('hello', 'endswith', ('lo', 0, 4)), ('hello', 'startswith', (1,)), ('hello', 'endswith', (('a', 1),)),
 ('a=b=c', 'partition', ('=',)), ('a=b=c', 'rpartition', ('=',)), ('abc', 'partition', ('x',)), ('abc', 'rpartition', ('x',)), ('abc', 'partition', ('',)),
 ('hello World ß ﬁ', 'upper', ()), ('HELLO İ Σ', 'lower', ()), ('ΣΑΣ', 'lower', ()), ("they're bill's", 'title', ()), ('hELLO wORLD', 'capitalize', ()), ('Hello ß', 'swapcase', ()), ('Straße', 'casefold', ()), ('ǆemal', 'title', ()),
 ('ab', 'center', (6,)), ('ab', 'center', (7, '*')), ('abc', 'center', (6, '*')), ('ab', 'ljust', (5, 'é')), ('ab', 'rjust', (5,)), ('ab', 'center', (1,)), ('ab', 'center', (5, 'xy')), ('ab', 'center', (5, 1)),
 ('42', 'zfill', (5,)), ('-42', 'zfill', (5,)), ('+x', 'zfill', (4,)), ('a\tbc\td', 'expandtabs', ()), ('a\tb', 'expandtabs', (4,)), ('a\tb', 'expandtabs', (0,)),
 ('abc', 'isalpha', ()), ('abc1', 'isalnum', ()), ('123', 'isdigit', ()), ('²', 'isdigit', ()), ('²', 'isdecimal', ()), ('½', 'isnumeric', ()), (' \t', 'isspace', ()), ('', 'isspace', ()),
 ('abc', 'islower', ()), ('ABC', 'isupper', ()), ('Ab Cd', 'istitle', ()), ('_a1', 'isidentifier', ()), ('1a', 'isidentifier', ()), ('a\n', 'isprintable', ()), ('é', 'isascii', ()), ('', 'isprintable', ()),
 ('prefix_x', 'removeprefix', ('prefix_',)), ('x.py', 'removesuffix', ('.py',)), ('x', 'removesuffix', ('',)), ('x', 'removeprefix', (1,)),
 ('abc', 'encode', ()), ('é😀', 'encode', ()), ('é', 'encode', ('latin-1',)), ('é', 'encode', ('ascii',)), ('aéb€', 'encode', ('ascii', 'replace')), ('aé€', 'encode', ('ascii', 'ignore')),
 ('a€b', 'encode', ('latin-1',)), ('é€x', 'encode', ('ascii', 'backslashreplace')), ('\ud800', 'encode', ()), ('\ud800\udc00', 'encode', ()), ('a', 'encode', ('foo',)), ('é', 'encode', ('ascii', 'xmlcharrefreplace')),
 ('{} {}', 'format', (1, 'x')), ('{1}{0}', 'format', ('a', 'b')), ('{0!r:>6}', 'format', ('a',)), ('{:{}}', 'format', (1, '>4')), ('{0[1]}', 'format', ('xy',)), ('{', 'format', ()), ('{}', 'format', ()),
 ('{0}{}', 'format', (1, 2)), ('{!x}', 'format', (1,)), ('{:^7}', 'format', ('é',)), ('{:.2f}', 'format', (3.14159,)), ('{:,}', 'format', (1234567,)), ('}}{{', 'format', ()),
 ('%s-%r', '%', (('a', 'b'),)), ('%d%%', '%', (5,)), ('%5.1f|', '%', (2.25,)), ('%x %X %o', '%', ((255, 255, 8),)), ('%c%c', '%', ((65, 'é'),)), ('%(a)s', '%', ({'a': 1},)),
 ('%d', '%', ('a',)), ('%d %d', '%', ((1,),)), ('%d', '%', ((1, 2),)), ('%', '%', ((),)), ('%z', '%', (1,)), ('%-4s|', '%', ('é',)), ('%.2s', '%', ('abc',)), ('%a', '%', ('é',)), ('%s', '%', ((1, 2),)),
 ('%e', '%', (12345.678,)), ('%g', '%', (1e-5,)), ('%i', '%', (2**70,)), ('%#x', '%', (-255,)), ('%+05d', '%', (42,)), ('%*d', '%', ((4, 7),)),
 ('ab', 'format_builtin', ('^6',)), ('ab', 'format_builtin', ('d',)), ('ab', 'format_builtin', ('*<5',)), ('abcdef', 'format_builtin', ('.3',)),
 ('abc', 'translate', ({97: 'X', 98: None},)), ('abc', 'translate', ({97: 120},)),
 ('abc', 'maketrans_then_translate', ('ab', 'xy', 'c')),
 ('%-6.2f|%6s|%06.1f', '%', ((3.14159, 'ab', -2.5),)), ('%(x)s-%(y)d', '%', ({'x': 'é', 'y': 3},)), ('%s %s', '%', ('a',)),
 ('%.0f %.1e %5.3g', '%', ((2.5, 12345.0, 0.00012345),)), ('%c', '%', (0x110000,)), ('%c', '%', ('ab',)), ('%(a', '%', ({'a': 1},)),
 ('%*s|%-*s|', '%', ((4, 'a', 4, 'b'),)), ('%.*s', '%', ((2, 'abcdef'),)), ('%x', '%', (1.5,)), ('%f', '%', ('x',)), ('%s', '%', ((),)),
 ('{0:>{1}}', 'format', ('é', 4)), ('{a.real}', 'format_kw', (('a', 5),)), ('{a[0]}{b}', 'format_kw', (('a', 'xy'), ('b', 'z'))), ('{x}', 'format_kw', ()),
 ('{name}-{0}', 'format_kw', (('name', 'n'),)), ('{}', 'format', ('é😀',)), ('{:10}|', 'format', ('é',)), ('{:<10}|', 'format', (42,)),
 ('{a}{b}', 'format_map', ({'a': 1, 'b': 'é'},)), ('{0}', 'format_map', ({},)), ('{a}', 'format_map', ({},)),
 ('x', 'format_builtin', ('=5',)), ('x', 'format_builtin', ('+',)), ('x', 'format_builtin', (',',)),
 ('a😀' * 100, 'slice', (95, 105, None)), ('a😀' * 100, 'getitem', (151,)), ('a😀' * 100, 'find', ('😀a', 150)), ('a😀' * 100, 'rfind', ('a', 0, 100)),
 ('a😀' * 100, 'count', ('😀', 10, 20)), ('é' * 200, 'startswith', ('é', 150)), ('é' * 200, 'endswith', ('ée', 0, 150)), ('xé' * 100, 'center', (205, '·')),
 ('abc', 'split', (None, 1)), ('abc', 'split', (), ), ('a b', 'split', ('b', 0)), ('The Title', 'istitle', ()), ('ǅ', 'istitle', ()), ('ǅ', 'isupper', ()),
 ('Ⅷ', 'isnumeric', ()), ('Ⅷ', 'lower', ()), ('ŉ', 'upper', ()), ('ΐ', 'upper', ()), ('İ', 'casefold', ()), ('ﬃ', 'title', ()),
 ('a\u0301b', 'title', ()), ('hello', '__format__', ('>8',)), ('hello', '__format__', (1,)), ('abc', '__getnewargs__', ()),
 ('a', 'replace', (None, 'b')), ('a', 'encode', (None,)), ('a', 'splitlines', (1.5,)), ('a', 'removeprefix', (None,)), ('a', 'find', (None,)),
 ('a', 'center', (1.5,)), ('a', 'zfill', (None,)), ('a', 'expandtabs', (1.5,)), ('a', 'center', (3, None)), ('a', '__format__', (None,)),
 ('', 'maketrans', ('a', 1)), ('', 'maketrans', (1, 'a')), ('', 'maketrans', ('a', 'b', None)), ('', 'maketrans', ()), ('', 'maketrans', ('ab', 'cd', 'e')),
]
bytes_cases = [
 (b'abc', 'len', ()), (b'abc', 'getitem', (1,)), (b'abc', 'getitem', (5,)), (b'abcdef', 'slice', (None, None, -2)), (b'ab', '+', (b'cd',)), (b'ab', '+', ('cd',)), (b'ab', '*', (2,)),
 (b'abc', 'repr', ()), (b'\x00\'\n\x80', 'repr', ()), (b"'", 'repr', ()), (b'abc', 'hash', ()), (b'abc', 'list', ()), (97, 'in_rev_b', (b'abc',)), (b'b', 'in_rev_b', (b'abc',)),
 (b'\xff', 'decode', ()), (b'\xe4\xb8', 'decode', ()), (b'\xe4\xb8\x41', 'decode', ()), (b'a\xffb', 'decode', ('utf-8', 'replace')), (b'a\xff', 'decode', ('ascii',)), (b'\xe9', 'decode', ('latin-1',)),
 (b'\xc3\xa9', 'decode', ()), (b'\x01\x02\x03', 'hex', ()), (b'\x01\x02\x03', 'hex', (':', 2)), (b'a,b', 'split', (b',',)), (b' a b ', 'split', ()), (b'abc', 'find', (b'c',)), (b'abc', 'find', (99,)),
 (b'abc', 'find', ('c',)), (b'abc', 'upper', ()), (b'xaxx', 'strip', (b'x',)), (b'aa', 'replace', (b'', b'-')), (b'-', 'join', ([b'a', b'b'],)), (b'-', 'join', ([b'a', 'b'],)),
 (b'abc', 'startswith', (b'ab',)), (b'abc', 'count', (b'b',)), (b'abc', '<', (b'abd',)), (b'abc', '==', ('abc',)), (b'abc', 'index', (b'z',)),
 (b'a b', 'split', (b' ', 0)), (b'abc', 'getitem', (-1,)), (b'ab', '*', (1.5,)), (b'ab', '+', (bytearray(b'c'),)), (bytearray(b'ab'), '+', (b'c',)),
 (bytearray(b'ab'), 'repr', ()), (bytearray(b'ab'), 'hash', ()), (bytearray(b'abc'), 'getitem', (5,)), (bytearray(b'abc'), 'slice', (None, None, -1)),
 (bytearray(b'abc'), 'upper', ()), (bytearray(b'a,b'), 'split', (b',',)), (bytearray(b'x'), 'join', ([b'a', b'b'],)), (bytearray(b'abc'), 'pop', ()),
 (bytearray(), 'pop', ()), (bytearray(b'abc'), 'remove', (120,)), (bytearray(b'abc'), 'append', (256,)), (bytearray(b'abc'), 'append', ('a',)),
 (b'\x01\x02\x03\x04\x05', 'hex', ('-', -2)), (b'ab', 'hex', ('::',)), (b'abc', 'translate', (None, b'b')), (b'  x  ', 'rsplit', (None, 1)),
 (b'abc', 'decode', ('nope',)), (b'abc', 'center', (7, b'*')), (b'abc', 'center', (7, 'x')), (b'a\tb', 'expandtabs', ()), (b'-7', 'zfill', (4,)),
 (b'Hello World', 'swapcase', ()), (b'hello world', 'title', ()), (b'a\r\nb\nc', 'splitlines', (True,)), (b'abc', 'removeprefix', (b'ab',)),
 (b'abc', 'isalnum', ()), (b'', 'isspace', ()), (b'aXbXc', 'replace', (b'X', b'--', 1)), (b'abc', 'count', (b'',)), (b'abcabc', 'rindex', (b'bc',)),
 (b'a', 'center', (3, None)), (b'a', 'splitlines', ('x',)), (b'a', 'decode', (None,)), (bytearray(b"it's"), 'repr', ()), (bytearray(b'\'"'), 'repr', ()),
]
def lit(v):
    if v is None: return 'N()'
    if v is True or v is False: return 'Bo(%s)' % ('true' if v else 'false')
    if isinstance(v, int):
        if -2**47 <= v < 2**47: return 'I(%d)' % v
        return 'BigI("%d")' % v
    if isinstance(v, float): return 'F(%r)' % v
    if isinstance(v, str): return 'S(%s)' % cstr(v.encode('utf-8', 'surrogatepass'))
    if isinstance(v, bytearray): return 'BA(%s)' % cstr(bytes(v))
    if isinstance(v, bytes): return 'B(%s)' % cstr(v)
    if isinstance(v, tuple): return 'T({%s})' % ', '.join(lit(x) for x in v)
    if isinstance(v, list): return 'L({%s})' % ', '.join(lit(x) for x in v)
    if isinstance(v, dict): return 'D({%s})' % ', '.join(lit(k) + ', ' + lit(x) for k, x in v.items())
    raise TypeError(v)
def cstr(b):
    out = '"'
    for c in b:
        if 32 <= c < 127 and chr(c) not in '"\\?': out += chr(c)
        else: out += '\\%03o' % c
    return 'std::string_view(' + out + '", %d)' % len(b)
def run(recv, op, args):
    try:
        if op == 'len': r = len(recv)
        elif op == 'getitem': r = recv[args[0]]
        elif op == 'slice': r = recv[slice(*args)]
        elif op == '+': r = recv + args[0]
        elif op == '*': r = recv * args[0]
        elif op == '%': r = recv % args[0]
        elif op in ('in', 'in_rev_b'): r = recv in args[0]
        elif op == 'in_rev': r = args[0] in recv
        elif op in ('<', '>', '==', '!='): r = eval('recv %s args[0]' % op)
        elif op == 'hash': r = hash(recv)
        elif op == 'repr': r = repr(recv)
        elif op == 'ascii': r = ascii(recv)
        elif op == 'list': r = list(recv)
        elif op == 'maketrans': r = sorted(str.maketrans(*args).items())
        elif op == 'format_kw': r = recv.format(**dict(args))
        elif op == 'format_builtin': r = format(recv, args[0])
        elif op == 'maketrans_then_translate': r = recv.translate(str.maketrans(*args))
        else: r = getattr(recv, op)(*args)
        return repr(r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
out = []
out.append('''// Unit tests of the str/bytes/bytearray objects through the C ABI. Generated
// from a table of cases whose expectations were computed by CPython 3.12 (the
// expected column is repr(result) or "ExcType: message").
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "molt/molt.h"
#include "molt/object.h"
#include "molt/strobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

MoltValue S(std::string_view s) { return strFromUtf8(s); }
MoltValue B(std::string_view s) { return bytesFromData(s); }
MoltValue BA(std::string_view s) { return byteArrayFromData(s); }
MoltValue I(int64_t i) { return molt_int_from_i64(i); }
MoltValue BigI(const char *d) { return molt_const_int(d); }
MoltValue F(double d) { return molt_float(d); }
MoltValue N() { return MOLT_NONE; }
MoltValue Bo(bool b) { return molt_bool(b); }
MoltValue T(std::vector<MoltValue> v) { return molt_tuple_new(v.data(), v.size()); }
MoltValue L(std::vector<MoltValue> v) { return molt_list_new(v.data(), v.size()); }
MoltValue D(std::vector<MoltValue> v) { return molt_dict_new(v.data(), v.size() / 2); }

std::string fetchError() {
  MoltValue e = molt_err_fetch();
  MoltValue s = molt_str(e);
  std::string out = std::string(typeName(e)) + ": " + std::string(molt_is_error(s) ? "<str failed>" : strView(s));
  molt_xdecref(s);
  molt_decref(e);
  return out;
}

std::string show(MoltValue r) {
  if (molt_is_error(r)) return fetchError();
  MoltValue s = molt_repr(r);
  if (molt_is_error(s)) return fetchError();
  std::string out(strView(s));
  molt_decref(s);
  molt_decref(r);
  return out;
}

MoltValue callMethod(const char *name, MoltValue recv, const std::vector<MoltValue> &args) {
  std::vector<MoltValue> all{recv};
  all.insert(all.end(), args.begin(), args.end());
  return molt_call_method(molt_const_str(name, strlen(name)), all.data(), all.size(), MOLT_NONE);
}

std::string run(MoltValue recv, const char *op, const std::vector<MoltValue> &a) {
  std::string o = op;
  if (o == "len") {
    MoltValue args[1] = {recv};
    return show(molt_builtin_len(MOLT_NONE, args, 1, MOLT_NONE));
  }
  if (o == "getitem") return show(molt_getitem(recv, a[0]));
  if (o == "slice") {
    MoltValue sl = molt_slice_new(a[0], a[1], a[2]);
    std::string r = show(molt_getitem(recv, sl));
    molt_decref(sl);
    return r;
  }
  if (o == "+") return show(molt_add(recv, a[0]));
  if (o == "*") return show(molt_mul(recv, a[0]));
  if (o == "%") return show(molt_mod(recv, a[0]));
  if (o == "in" || o == "in_rev_b") {
    int r = molt_contains(a[0], recv);
    return r < 0 ? fetchError() : r ? "True" : "False";
  }
  if (o == "in_rev") {
    int r = molt_contains(recv, a[0]);
    return r < 0 ? fetchError() : r ? "True" : "False";
  }
  if (o == "<") return show(molt_richcompare(recv, a[0], MOLT_LT));
  if (o == ">") return show(molt_richcompare(recv, a[0], MOLT_GT));
  if (o == "==") return show(molt_richcompare(recv, a[0], MOLT_EQ));
  if (o == "!=") return show(molt_richcompare(recv, a[0], MOLT_NE));
  if (o == "hash") {
    int64_t h;
    if (hashValue(recv, &h) < 0) return fetchError();
    return std::to_string(h);
  }
  if (o == "repr") return show(molt_repr(recv));
  if (o == "ascii") return show(molt_ascii(recv));
  if (o == "list") {
    MoltValue l = molt_list_new(nullptr, 0);
    if (molt_list_extend(l, recv) < 0) return fetchError();
    return show(l);
  }
  if (o == "format_builtin") return show(molt_format(recv, a[0]));
  if (o == "maketrans") {
    MoltValue mk = molt_getattr(molt_from_ptr(&molt_type_str), molt_const_str("maketrans", 9));
    MoltValue d = molt_call(mk, a.data(), a.size(), MOLT_NONE);
    molt_decref(mk);
    if (molt_is_error(d)) return fetchError();
    MoltValue items = molt_call_method(molt_const_str("items", 5), &d, 1, MOLT_NONE);
    molt_decref(d);
    if (molt_is_error(items)) return fetchError();
    MoltValue args[1] = {items};
    MoltValue sorted = molt_builtin_sorted(MOLT_NONE, args, 1, MOLT_NONE);
    molt_decref(items);
    return show(sorted);
  }
  if (o == "format_kw") {
    std::vector<MoltValue> all{recv}, names;
    for (MoltValue pair : a) names.push_back(tupleItems(pair)[0]);
    for (MoltValue pair : a) all.push_back(tupleItems(pair)[1]);
    MoltValue kw = names.empty() ? MOLT_NONE : molt_tuple_new(names.data(), names.size());
    MoltValue r = molt_call_method(molt_const_str("format", 6), all.data(), 1, kw);
    molt_xdecref(kw);
    return show(r);
  }
  return show(callMethod(op, recv, a));
}

struct Case {
  const char *python;
  MoltValue (*recv)();
  const char *op;
  std::vector<MoltValue> (*args)();
  const char *expect;
};

class RtStr : public ::testing::Test {
protected:
  static void SetUpTestSuite() { molt_runtime_init(); }
};

}  // namespace
''')
all_cases = cases + bytes_cases
out.append('TEST_F(RtStr, Table) {')
out.append('  static const Case kCases[] = {')
for recv, op, args in all_cases:
    if op == 'maketrans_then_translate':
        continue
    py = '%r %s %r' % (recv, op, args)
    recv_lit = lit(recv)
    exp = run(recv, op, args)
    out.append('      {%s, [] { return %s; }, "%s", [] { return std::vector<MoltValue>{%s}; }, %s},' % (
        cstr(py.encode('utf-8', 'backslashreplace')).replace('std::string_view(', '').rsplit(',', 1)[0] if False else '"' + py.encode('ascii', 'backslashreplace').decode().replace('\\', '\\\\').replace('"', '\\"') + '"',
        recv_lit, op, ', '.join(lit(a) for a in args), '"' + ''.join(c if 32 <= ord(c) < 127 and c not in '"\\?' else ''.join('\\%03o' % b for b in c.encode('utf-8', 'surrogatepass')) for c in exp) + '"'))
out.append('  };')
out.append('''  for (const Case &c : kCases) {
    MoltValue recv = c.recv();
    std::vector<MoltValue> args = c.args();
    EXPECT_EQ(run(recv, c.op, args), std::string(c.expect)) << c.python;
    for (MoltValue v : args) molt_decref(v);
    molt_decref(recv);
  }
}
''')
# maketrans + translate and interning checks
out.append('''TEST_F(RtStr, MaketransTranslate) {
  // 'abc'.translate(str.maketrans('ab', 'xy', 'c')) -> 'xy'
  MoltValue args[3] = {S("ab"), S("xy"), S("c")};
  MoltValue strType = molt_from_ptr(&molt_type_str);
  MoltValue mk = molt_getattr(strType, molt_const_str("maketrans", 9));
  ASSERT_FALSE(molt_is_error(mk));
  MoltValue table = molt_call(mk, args, 3, MOLT_NONE);
  ASSERT_FALSE(molt_is_error(table));
  EXPECT_EQ(show(callMethod("translate", S("abc"), {table})), "'xy'");
  for (MoltValue v : args) molt_decref(v);
  molt_decref(mk);
}

TEST_F(RtStr, InterningAndCaches) {
  MoltValue a = molt_const_str("hello", 5), b = internStr("hello");
  EXPECT_EQ(a, b);
  MoltValue c = strFromUtf8("x"), d = strFromUtf8("x");
  EXPECT_EQ(c, d);  // one-character strings are cached
  EXPECT_EQ(strFromUtf8(""), strEmpty());
  MoltValue parts[3] = {S("a"), S("\\303\\251"), S("bc")};
  MoltValue j = molt_str_concat(parts, 3);
  EXPECT_EQ(strView(j), "a\\303\\251bc");
  EXPECT_EQ(strLength(j), 4);
  molt_decref(j);
  for (MoltValue v : parts) molt_decref(v);
}

TEST_F(RtStr, NonAsciiIndexingNoCliff) {
  // indexing every character of a long non-ASCII string stays linear overall
  std::string s;
  for (int i = 0; i < 20000; i++) s += (i % 2) ? "\\303\\251" : "a";
  MoltValue v = strFromUtf8(s);
  int64_t n = strLength(v);
  EXPECT_EQ(n, 20000);
  int64_t count = 0;
  for (int64_t i = 0; i < n; i++) {
    MoltValue c = molt_getitem(v, molt_small_int(i));
    ASSERT_FALSE(molt_is_error(c));
    count += strView(c).size();
    molt_decref(c);
  }
  EXPECT_EQ(count, 30000);
  molt_decref(v);
}
''')
open(sys.argv[1], 'w').write('\n'.join(out))
