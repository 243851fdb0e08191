// Unit tests of the str/bytes/bytearray objects through the C ABI. Generated
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

// Optional runtime parts (core/features.cpp): generated mains install them.
extern "C" void molt_use_all(void);

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
  std::string out =
      std::string(typeName(e)) + ": " + std::string(molt_is_error(s) ? "<str failed>" : strView(s));
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
    for (MoltValue pair : a)
      names.push_back(tupleItems(pair)[0]);
    for (MoltValue pair : a)
      all.push_back(tupleItems(pair)[1]);
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
  static void SetUpTestSuite() {
    molt_use_all();
    molt_runtime_init();
  }
};

} // namespace

TEST_F(RtStr, Table) {
  static const Case kCases[] = {
      {"'abc' len ()", [] { return S(std::string_view("abc", 3)); }, "len",
       [] { return std::vector<MoltValue>{}; }, "3"},
      {"'a\\xe9\\u4e2d\\U0001f600' len ()",
       [] { return S(std::string_view("a\303\251\344\270\255\360\237\230\200", 10)); }, "len",
       [] { return std::vector<MoltValue>{}; }, "4"},
      {"'' len ()", [] { return S(std::string_view("", 0)); }, "len",
       [] { return std::vector<MoltValue>{}; }, "0"},
      {"'abc' getitem (1,)", [] { return S(std::string_view("abc", 3)); }, "getitem",
       [] { return std::vector<MoltValue>{I(1)}; }, "'b'"},
      {"'abc' getitem (-1,)", [] { return S(std::string_view("abc", 3)); }, "getitem",
       [] { return std::vector<MoltValue>{I(-1)}; }, "'c'"},
      {"'abc' getitem (3,)", [] { return S(std::string_view("abc", 3)); }, "getitem",
       [] { return std::vector<MoltValue>{I(3)}; }, "IndexError: string index out of range"},
      {"'a\\xe9\\u4e2d\\U0001f600' getitem (3,)",
       [] { return S(std::string_view("a\303\251\344\270\255\360\237\230\200", 10)); }, "getitem",
       [] { return std::vector<MoltValue>{I(3)}; }, "'\360\237\230\200'"},
      {"'a\\xe9\\u4e2d\\U0001f600' getitem (-3,)",
       [] { return S(std::string_view("a\303\251\344\270\255\360\237\230\200", 10)); }, "getitem",
       [] { return std::vector<MoltValue>{I(-3)}; }, "'\303\251'"},
      {"'abc' getitem ('x',)", [] { return S(std::string_view("abc", 3)); }, "getitem",
       [] { return std::vector<MoltValue>{S(std::string_view("x", 1))}; },
       "TypeError: string indices must be integers, not 'str'"},
      {"'abc' getitem (1.0,)", [] { return S(std::string_view("abc", 3)); }, "getitem",
       [] { return std::vector<MoltValue>{F(1.0)}; },
       "TypeError: string indices must be integers, not 'float'"},
      {"'abcdef' slice (1, 4, None)", [] { return S(std::string_view("abcdef", 6)); }, "slice",
       [] {
         return std::vector<MoltValue>{I(1), I(4), N()};
       },
       "'bcd'"},
      {"'abcdef' slice (None, None, -1)", [] { return S(std::string_view("abcdef", 6)); }, "slice",
       [] {
         return std::vector<MoltValue>{N(), N(), I(-1)};
       },
       "'fedcba'"},
      {"'abcdef' slice (None, None, 2)", [] { return S(std::string_view("abcdef", 6)); }, "slice",
       [] {
         return std::vector<MoltValue>{N(), N(), I(2)};
       },
       "'ace'"},
      {"'a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U00"
       "01f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d"
       "\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\"
       "u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\"
       "xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f6"
       "00a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0"
       "001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2"
       "d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9"
       "\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a"
       "\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001"
       "f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\"
       "U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4"
       "e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600a\\xe"
       "9\\u4e2d\\U0001f600' slice (70, 140, 3)",
       [] {
         return S(std::string_view(
             "a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251"
             "\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270"
             "\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360"
             "\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230"
             "\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303"
             "\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344"
             "\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255"
             "\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237"
             "\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a"
             "\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251"
             "\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270"
             "\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360"
             "\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230"
             "\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303"
             "\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344"
             "\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255"
             "\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237"
             "\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a"
             "\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251"
             "\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270"
             "\255\360\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360"
             "\237\230\200a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230"
             "\200a\303\251\344\270\255\360\237\230\200",
             500));
       },
       "slice",
       [] {
         return std::vector<MoltValue>{I(70), I(140), I(3)};
       },
       "'\344\270\255\303\251a\360\237\230\200\344\270\255\303\251a\360\237\230\200\344\270\255\303"
       "\251a\360\237\230\200\344\270\255\303\251a\360\237\230\200\344\270\255\303\251a\360\237\230"
       "\200\344\270\255\303\251a\360\237\230\200'"},
      {"'a\\xe9\\u4e2d\\U0001f600' slice (None, None, -1)",
       [] { return S(std::string_view("a\303\251\344\270\255\360\237\230\200", 10)); }, "slice",
       [] {
         return std::vector<MoltValue>{N(), N(), I(-1)};
       },
       "'\360\237\230\200\344\270\255\303\251a'"},
      {"'abc' slice (None, None, 0)", [] { return S(std::string_view("abc", 3)); }, "slice",
       [] {
         return std::vector<MoltValue>{N(), N(), I(0)};
       },
       "ValueError: slice step cannot be zero"},
      {"'abc' slice (10, 20, None)", [] { return S(std::string_view("abc", 3)); }, "slice",
       [] {
         return std::vector<MoltValue>{I(10), I(20), N()};
       },
       "''"},
      {"'ab' + ('cd',)", [] { return S(std::string_view("ab", 2)); }, "+",
       [] { return std::vector<MoltValue>{S(std::string_view("cd", 2))}; }, "'abcd'"},
      {"'ab' + (1,)", [] { return S(std::string_view("ab", 2)); }, "+",
       [] { return std::vector<MoltValue>{I(1)}; },
       "TypeError: can only concatenate str (not \042int\042) to str"},
      {"'ab' * (3,)", [] { return S(std::string_view("ab", 2)); }, "*",
       [] { return std::vector<MoltValue>{I(3)}; }, "'ababab'"},
      {"'ab' * (-1,)", [] { return S(std::string_view("ab", 2)); }, "*",
       [] { return std::vector<MoltValue>{I(-1)}; }, "''"},
      {"'ab' * (1.5,)", [] { return S(std::string_view("ab", 2)); }, "*",
       [] { return std::vector<MoltValue>{F(1.5)}; },
       "TypeError: can't multiply sequence by non-int of type 'float'"},
      {"'\\xe9' * (3,)", [] { return S(std::string_view("\303\251", 2)); }, "*",
       [] { return std::vector<MoltValue>{I(3)}; }, "'\303\251\303\251\303\251'"},
      {"'b' in ('abc',)", [] { return S(std::string_view("b", 1)); }, "in",
       [] { return std::vector<MoltValue>{S(std::string_view("abc", 3))}; }, "True"},
      {"'x' in ('abc',)", [] { return S(std::string_view("x", 1)); }, "in",
       [] { return std::vector<MoltValue>{S(std::string_view("abc", 3))}; }, "False"},
      {"'' in ('abc',)", [] { return S(std::string_view("", 0)); }, "in",
       [] { return std::vector<MoltValue>{S(std::string_view("abc", 3))}; }, "True"},
      {"'abc' in_rev (1,)", [] { return S(std::string_view("abc", 3)); }, "in_rev",
       [] { return std::vector<MoltValue>{I(1)}; },
       "TypeError: 'in <string>' requires string as left operand, not int"},
      {"'abc' < ('abd',)", [] { return S(std::string_view("abc", 3)); }, "<",
       [] { return std::vector<MoltValue>{S(std::string_view("abd", 3))}; }, "True"},
      {"'abc' < ('ab',)", [] { return S(std::string_view("abc", 3)); }, "<",
       [] { return std::vector<MoltValue>{S(std::string_view("ab", 2))}; }, "False"},
      {"'\\ud800' < ('\\ue000',)", [] { return S(std::string_view("\355\240\200", 3)); }, "<",
       [] { return std::vector<MoltValue>{S(std::string_view("\356\200\200", 3))}; }, "True"},
      {"'\\U0001f600' > ('\\uffff',)", [] { return S(std::string_view("\360\237\230\200", 4)); },
       ">", [] { return std::vector<MoltValue>{S(std::string_view("\357\277\277", 3))}; }, "True"},
      {"'abc' == ('abc',)", [] { return S(std::string_view("abc", 3)); },
       "==", [] { return std::vector<MoltValue>{S(std::string_view("abc", 3))}; }, "True"},
      {"'abc' != ('abc',)", [] { return S(std::string_view("abc", 3)); },
       "!=", [] { return std::vector<MoltValue>{S(std::string_view("abc", 3))}; }, "False"},
      {"'a' < (1,)", [] { return S(std::string_view("a", 1)); }, "<",
       [] { return std::vector<MoltValue>{I(1)}; },
       "TypeError: '<' not supported between instances of 'str' and 'int'"},
      {"'abc' hash ()", [] { return S(std::string_view("abc", 3)); }, "hash",
       [] { return std::vector<MoltValue>{}; }, "-4594863902769663758"},
      {"'' hash ()", [] { return S(std::string_view("", 0)); }, "hash",
       [] { return std::vector<MoltValue>{}; }, "0"},
      {"'\\xe9' hash ()", [] { return S(std::string_view("\303\251", 2)); }, "hash",
       [] { return std::vector<MoltValue>{}; }, "6047309291227476195"},
      {"'\\u4e2d\\u6587' hash ()",
       [] { return S(std::string_view("\344\270\255\346\226\207", 6)); }, "hash",
       [] { return std::vector<MoltValue>{}; }, "501833946989431548"},
      {"'\\U0001f600x' hash ()", [] { return S(std::string_view("\360\237\230\200x", 5)); }, "hash",
       [] { return std::vector<MoltValue>{}; }, "-8926728262118538918"},
      {"'abc' repr ()", [] { return S(std::string_view("abc", 3)); }, "repr",
       [] { return std::vector<MoltValue>{}; }, "\042'abc'\042"},
      {"\"it's\" repr ()", [] { return S(std::string_view("it's", 4)); }, "repr",
       [] { return std::vector<MoltValue>{}; }, "'\042it\134's\042'"},
      {"'a\"b\\'c' repr ()", [] { return S(std::string_view("a\042b'c", 5)); }, "repr",
       [] { return std::vector<MoltValue>{}; }, "'\134'a\042b\134\134\134'c\134''"},
      {"'\\n\\t\\x00\\x7f\\x80\\xe9\\u200b\\ud800\\U0001f600' repr ()",
       [] {
         return S(std::string_view(
             "\012\011\000\177\302\200\303\251\342\200\213\355\240\200\360\237\230\200", 18));
       },
       "repr", [] { return std::vector<MoltValue>{}; },
       "\042'"
       "\134\134n\134\134t\134\134x00\134\134x7f\134\134x80\303\251\134\134u200b\134\134ud800\360"
       "\237\230\200'\042"},
      {"'\\xe9' ascii ()", [] { return S(std::string_view("\303\251", 2)); }, "ascii",
       [] { return std::vector<MoltValue>{}; }, "\042'\134\134xe9'\042"},
      {"'abc' list ()", [] { return S(std::string_view("abc", 3)); }, "list",
       [] { return std::vector<MoltValue>{}; }, "['a', 'b', 'c']"},
      {"'a\\xe9\\u4e2d\\U0001f600' list ()",
       [] { return S(std::string_view("a\303\251\344\270\255\360\237\230\200", 10)); }, "list",
       [] { return std::vector<MoltValue>{}; },
       "['a', '\303\251', '\344\270\255', '\360\237\230\200']"},
      {"'a,b,,c' split (',',)", [] { return S(std::string_view("a,b,,c", 6)); }, "split",
       [] { return std::vector<MoltValue>{S(std::string_view(",", 1))}; }, "['a', 'b', '', 'c']"},
      {"'a,b,,c' split (',', 1)", [] { return S(std::string_view("a,b,,c", 6)); }, "split",
       [] {
         return std::vector<MoltValue>{S(std::string_view(",", 1)), I(1)};
       },
       "['a', 'b,,c']"},
      {"'  a  b  ' split ()", [] { return S(std::string_view("  a  b  ", 8)); }, "split",
       [] { return std::vector<MoltValue>{}; }, "['a', 'b']"},
      {"'  a  b  ' rsplit (None, 1)", [] { return S(std::string_view("  a  b  ", 8)); }, "rsplit",
       [] {
         return std::vector<MoltValue>{N(), I(1)};
       },
       "['  a', 'b']"},
      {"'a,b,c' rsplit (',', 1)", [] { return S(std::string_view("a,b,c", 5)); }, "rsplit",
       [] {
         return std::vector<MoltValue>{S(std::string_view(",", 1)), I(1)};
       },
       "['a,b', 'c']"},
      {"'abc' split ('',)", [] { return S(std::string_view("abc", 3)); }, "split",
       [] { return std::vector<MoltValue>{S(std::string_view("", 0))}; },
       "ValueError: empty separator"},
      {"'abc' split (1,)", [] { return S(std::string_view("abc", 3)); }, "split",
       [] { return std::vector<MoltValue>{I(1)}; }, "TypeError: must be str or None, not int"},
      {"'a\\u3000b\\x1cc' split ()", [] { return S(std::string_view("a\343\200\200b\034c", 7)); },
       "split", [] { return std::vector<MoltValue>{}; }, "['a', 'b', 'c']"},
      {"'a\\nb\\r\\nc\\rd\\x0be\\u2028f' splitlines ()",
       [] { return S(std::string_view("a\012b\015\012c\015d\013e\342\200\250f", 14)); },
       "splitlines", [] { return std::vector<MoltValue>{}; }, "['a', 'b', 'c', 'd', 'e', 'f']"},
      {"'a\\nb\\r\\n' splitlines (True,)", [] { return S(std::string_view("a\012b\015\012", 5)); },
       "splitlines", [] { return std::vector<MoltValue>{Bo(true)}; }, "['a\134n', 'b\134r\134n']"},
      {"'-' join (['a', 'b', 'c'],)", [] { return S(std::string_view("-", 1)); }, "join",
       [] {
         return std::vector<MoltValue>{L({S(std::string_view("a", 1)), S(std::string_view("b", 1)),
                                          S(std::string_view("c", 1))})};
       },
       "'a-b-c'"},
      {"'-' join ([],)", [] { return S(std::string_view("-", 1)); }, "join",
       [] { return std::vector<MoltValue>{L({})}; }, "''"},
      {"'-' join (['a', 1],)", [] { return S(std::string_view("-", 1)); }, "join",
       [] {
         return std::vector<MoltValue>{L({S(std::string_view("a", 1)), I(1)})};
       },
       "TypeError: sequence item 1: expected str instance, int found"},
      {"'' join (('x', '\\xe9'),)", [] { return S(std::string_view("", 0)); }, "join",
       [] {
         return std::vector<MoltValue>{
             T({S(std::string_view("x", 1)), S(std::string_view("\303\251", 2))})};
       },
       "'x\303\251'"},
      {"'  xx  ' strip ()", [] { return S(std::string_view("  xx  ", 6)); }, "strip",
       [] { return std::vector<MoltValue>{}; }, "'xx'"},
      {"'xyaxy' strip ('xy',)", [] { return S(std::string_view("xyaxy", 5)); }, "strip",
       [] { return std::vector<MoltValue>{S(std::string_view("xy", 2))}; }, "'a'"},
      {"'xyaxy' lstrip ('xy',)", [] { return S(std::string_view("xyaxy", 5)); }, "lstrip",
       [] { return std::vector<MoltValue>{S(std::string_view("xy", 2))}; }, "'axy'"},
      {"'xyaxy' rstrip ('xy',)", [] { return S(std::string_view("xyaxy", 5)); }, "rstrip",
       [] { return std::vector<MoltValue>{S(std::string_view("xy", 2))}; }, "'xya'"},
      {"'\\u3000a\\u3000' strip ()",
       [] { return S(std::string_view("\343\200\200a\343\200\200", 7)); }, "strip",
       [] { return std::vector<MoltValue>{}; }, "'a'"},
      {"'a' strip (1,)", [] { return S(std::string_view("a", 1)); }, "strip",
       [] { return std::vector<MoltValue>{I(1)}; }, "TypeError: strip arg must be None or str"},
      {"'hello' find ('l',)", [] { return S(std::string_view("hello", 5)); }, "find",
       [] { return std::vector<MoltValue>{S(std::string_view("l", 1))}; }, "2"},
      {"'hello' rfind ('l',)", [] { return S(std::string_view("hello", 5)); }, "rfind",
       [] { return std::vector<MoltValue>{S(std::string_view("l", 1))}; }, "3"},
      {"'hello' find ('l', 3)", [] { return S(std::string_view("hello", 5)); }, "find",
       [] {
         return std::vector<MoltValue>{S(std::string_view("l", 1)), I(3)};
       },
       "3"},
      {"'hello' find ('l', -2, -1)", [] { return S(std::string_view("hello", 5)); }, "find",
       [] {
         return std::vector<MoltValue>{S(std::string_view("l", 1)), I(-2), I(-1)};
       },
       "3"},
      {"'hello' find ('z',)", [] { return S(std::string_view("hello", 5)); }, "find",
       [] { return std::vector<MoltValue>{S(std::string_view("z", 1))}; }, "-1"},
      {"'a\\xe9\\u4e2d\\U0001f600a\\xe9\\u4e2d\\U0001f600' find ('\\U0001f600', 4)",
       [] {
         return S(std::string_view(
             "a\303\251\344\270\255\360\237\230\200a\303\251\344\270\255\360\237\230\200", 20));
       },
       "find",
       [] {
         return std::vector<MoltValue>{S(std::string_view("\360\237\230\200", 4)), I(4)};
       },
       "7"},
      {"'hello' index ('z',)", [] { return S(std::string_view("hello", 5)); }, "index",
       [] { return std::vector<MoltValue>{S(std::string_view("z", 1))}; },
       "ValueError: substring not found"},
      {"'hello' rindex ('z',)", [] { return S(std::string_view("hello", 5)); }, "rindex",
       [] { return std::vector<MoltValue>{S(std::string_view("z", 1))}; },
       "ValueError: substring not found"},
      {"'hello' count ('l',)", [] { return S(std::string_view("hello", 5)); }, "count",
       [] { return std::vector<MoltValue>{S(std::string_view("l", 1))}; }, "2"},
      {"'aaaa' count ('aa',)", [] { return S(std::string_view("aaaa", 4)); }, "count",
       [] { return std::vector<MoltValue>{S(std::string_view("aa", 2))}; }, "2"},
      {"'abc' count ('',)", [] { return S(std::string_view("abc", 3)); }, "count",
       [] { return std::vector<MoltValue>{S(std::string_view("", 0))}; }, "4"},
      {"'a\\xe9\\u4e2d\\U0001f600' count ('',)",
       [] { return S(std::string_view("a\303\251\344\270\255\360\237\230\200", 10)); }, "count",
       [] { return std::vector<MoltValue>{S(std::string_view("", 0))}; }, "5"},
      {"'hello' find (1,)", [] { return S(std::string_view("hello", 5)); }, "find",
       [] { return std::vector<MoltValue>{I(1)}; }, "TypeError: must be str, not int"},
      {"'hello' find ()", [] { return S(std::string_view("hello", 5)); }, "find",
       [] { return std::vector<MoltValue>{}; },
       "TypeError: find() takes at least 1 argument (0 given)"},
      {"'aaa' replace ('a', 'b')", [] { return S(std::string_view("aaa", 3)); }, "replace",
       [] {
         return std::vector<MoltValue>{S(std::string_view("a", 1)), S(std::string_view("b", 1))};
       },
       "'bbb'"},
      {"'aaa' replace ('a', 'b', 2)", [] { return S(std::string_view("aaa", 3)); }, "replace",
       [] {
         return std::vector<MoltValue>{S(std::string_view("a", 1)), S(std::string_view("b", 1)),
                                       I(2)};
       },
       "'bba'"},
      {"'abc' replace ('', '-')", [] { return S(std::string_view("abc", 3)); }, "replace",
       [] {
         return std::vector<MoltValue>{S(std::string_view("", 0)), S(std::string_view("-", 1))};
       },
       "'-a-b-c-'"},
      {"'\\xe9\\xe9' replace ('', '-', 2)",
       [] { return S(std::string_view("\303\251\303\251", 4)); }, "replace",
       [] {
         return std::vector<MoltValue>{S(std::string_view("", 0)), S(std::string_view("-", 1)),
                                       I(2)};
       },
       "'-\303\251-\303\251'"},
      {"'hello' startswith ('he',)", [] { return S(std::string_view("hello", 5)); }, "startswith",
       [] { return std::vector<MoltValue>{S(std::string_view("he", 2))}; }, "True"},
      {"'hello' startswith (('x', 'hel'),)", [] { return S(std::string_view("hello", 5)); },
       "startswith",
       [] {
         return std::vector<MoltValue>{
             T({S(std::string_view("x", 1)), S(std::string_view("hel", 3))})};
       },
       "True"},
      {"'hello' endswith ('lo', 0, 4)", [] { return S(std::string_view("hello", 5)); }, "endswith",
       [] {
         return std::vector<MoltValue>{S(std::string_view("lo", 2)), I(0), I(4)};
       },
       "False"},
      {"'hello' startswith (1,)", [] { return S(std::string_view("hello", 5)); }, "startswith",
       [] { return std::vector<MoltValue>{I(1)}; },
       "TypeError: startswith first arg must be str or a tuple of str, not int"},
      {"'hello' endswith (('a', 1),)", [] { return S(std::string_view("hello", 5)); }, "endswith",
       [] {
         return std::vector<MoltValue>{T({S(std::string_view("a", 1)), I(1)})};
       },
       "TypeError: tuple for endswith must only contain str, not int"},
      {"'a=b=c' partition ('=',)", [] { return S(std::string_view("a=b=c", 5)); }, "partition",
       [] { return std::vector<MoltValue>{S(std::string_view("=", 1))}; }, "('a', '=', 'b=c')"},
      {"'a=b=c' rpartition ('=',)", [] { return S(std::string_view("a=b=c", 5)); }, "rpartition",
       [] { return std::vector<MoltValue>{S(std::string_view("=", 1))}; }, "('a=b', '=', 'c')"},
      {"'abc' partition ('x',)", [] { return S(std::string_view("abc", 3)); }, "partition",
       [] { return std::vector<MoltValue>{S(std::string_view("x", 1))}; }, "('abc', '', '')"},
      {"'abc' rpartition ('x',)", [] { return S(std::string_view("abc", 3)); }, "rpartition",
       [] { return std::vector<MoltValue>{S(std::string_view("x", 1))}; }, "('', '', 'abc')"},
      {"'abc' partition ('',)", [] { return S(std::string_view("abc", 3)); }, "partition",
       [] { return std::vector<MoltValue>{S(std::string_view("", 0))}; },
       "ValueError: empty separator"},
      {"'hello World \\xdf \\ufb01' upper ()",
       [] { return S(std::string_view("hello World \303\237 \357\254\201", 18)); }, "upper",
       [] { return std::vector<MoltValue>{}; }, "'HELLO WORLD SS FI'"},
      {"'HELLO \\u0130 \\u03a3' lower ()",
       [] { return S(std::string_view("HELLO \304\260 \316\243", 11)); }, "lower",
       [] { return std::vector<MoltValue>{}; }, "'hello i\314\207 \317\203'"},
      {"'\\u03a3\\u0391\\u03a3' lower ()",
       [] { return S(std::string_view("\316\243\316\221\316\243", 6)); }, "lower",
       [] { return std::vector<MoltValue>{}; }, "'\317\203\316\261\317\202'"},
      {"\"they're bill's\" title ()", [] { return S(std::string_view("they're bill's", 14)); },
       "title", [] { return std::vector<MoltValue>{}; }, "\042They'Re Bill'S\042"},
      {"'hELLO wORLD' capitalize ()", [] { return S(std::string_view("hELLO wORLD", 11)); },
       "capitalize", [] { return std::vector<MoltValue>{}; }, "'Hello world'"},
      {"'Hello \\xdf' swapcase ()", [] { return S(std::string_view("Hello \303\237", 8)); },
       "swapcase", [] { return std::vector<MoltValue>{}; }, "'hELLO SS'"},
      {"'Stra\\xdfe' casefold ()", [] { return S(std::string_view("Stra\303\237e", 7)); },
       "casefold", [] { return std::vector<MoltValue>{}; }, "'strasse'"},
      {"'\\u01c6emal' title ()", [] { return S(std::string_view("\307\206emal", 6)); }, "title",
       [] { return std::vector<MoltValue>{}; }, "'\307\205emal'"},
      {"'ab' center (6,)", [] { return S(std::string_view("ab", 2)); }, "center",
       [] { return std::vector<MoltValue>{I(6)}; }, "'  ab  '"},
      {"'ab' center (7, '*')", [] { return S(std::string_view("ab", 2)); }, "center",
       [] {
         return std::vector<MoltValue>{I(7), S(std::string_view("*", 1))};
       },
       "'***ab**'"},
      {"'abc' center (6, '*')", [] { return S(std::string_view("abc", 3)); }, "center",
       [] {
         return std::vector<MoltValue>{I(6), S(std::string_view("*", 1))};
       },
       "'*abc**'"},
      {"'ab' ljust (5, '\\xe9')", [] { return S(std::string_view("ab", 2)); }, "ljust",
       [] {
         return std::vector<MoltValue>{I(5), S(std::string_view("\303\251", 2))};
       },
       "'ab\303\251\303\251\303\251'"},
      {"'ab' rjust (5,)", [] { return S(std::string_view("ab", 2)); }, "rjust",
       [] { return std::vector<MoltValue>{I(5)}; }, "'   ab'"},
      {"'ab' center (1,)", [] { return S(std::string_view("ab", 2)); }, "center",
       [] { return std::vector<MoltValue>{I(1)}; }, "'ab'"},
      {"'ab' center (5, 'xy')", [] { return S(std::string_view("ab", 2)); }, "center",
       [] {
         return std::vector<MoltValue>{I(5), S(std::string_view("xy", 2))};
       },
       "TypeError: The fill character must be exactly one character long"},
      {"'ab' center (5, 1)", [] { return S(std::string_view("ab", 2)); }, "center",
       [] {
         return std::vector<MoltValue>{I(5), I(1)};
       },
       "TypeError: The fill character must be a unicode character, not int"},
      {"'42' zfill (5,)", [] { return S(std::string_view("42", 2)); }, "zfill",
       [] { return std::vector<MoltValue>{I(5)}; }, "'00042'"},
      {"'-42' zfill (5,)", [] { return S(std::string_view("-42", 3)); }, "zfill",
       [] { return std::vector<MoltValue>{I(5)}; }, "'-0042'"},
      {"'+x' zfill (4,)", [] { return S(std::string_view("+x", 2)); }, "zfill",
       [] { return std::vector<MoltValue>{I(4)}; }, "'+00x'"},
      {"'a\\tbc\\td' expandtabs ()", [] { return S(std::string_view("a\011bc\011d", 6)); },
       "expandtabs", [] { return std::vector<MoltValue>{}; }, "'a       bc      d'"},
      {"'a\\tb' expandtabs (4,)", [] { return S(std::string_view("a\011b", 3)); }, "expandtabs",
       [] { return std::vector<MoltValue>{I(4)}; }, "'a   b'"},
      {"'a\\tb' expandtabs (0,)", [] { return S(std::string_view("a\011b", 3)); }, "expandtabs",
       [] { return std::vector<MoltValue>{I(0)}; }, "'ab'"},
      {"'abc' isalpha ()", [] { return S(std::string_view("abc", 3)); }, "isalpha",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'abc1' isalnum ()", [] { return S(std::string_view("abc1", 4)); }, "isalnum",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'123' isdigit ()", [] { return S(std::string_view("123", 3)); }, "isdigit",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'\\xb2' isdigit ()", [] { return S(std::string_view("\302\262", 2)); }, "isdigit",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'\\xb2' isdecimal ()", [] { return S(std::string_view("\302\262", 2)); }, "isdecimal",
       [] { return std::vector<MoltValue>{}; }, "False"},
      {"'\\xbd' isnumeric ()", [] { return S(std::string_view("\302\275", 2)); }, "isnumeric",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"' \\t' isspace ()", [] { return S(std::string_view(" \011", 2)); }, "isspace",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'' isspace ()", [] { return S(std::string_view("", 0)); }, "isspace",
       [] { return std::vector<MoltValue>{}; }, "False"},
      {"'abc' islower ()", [] { return S(std::string_view("abc", 3)); }, "islower",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'ABC' isupper ()", [] { return S(std::string_view("ABC", 3)); }, "isupper",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'Ab Cd' istitle ()", [] { return S(std::string_view("Ab Cd", 5)); }, "istitle",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'_a1' isidentifier ()", [] { return S(std::string_view("_a1", 3)); }, "isidentifier",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'1a' isidentifier ()", [] { return S(std::string_view("1a", 2)); }, "isidentifier",
       [] { return std::vector<MoltValue>{}; }, "False"},
      {"'a\\n' isprintable ()", [] { return S(std::string_view("a\012", 2)); }, "isprintable",
       [] { return std::vector<MoltValue>{}; }, "False"},
      {"'\\xe9' isascii ()", [] { return S(std::string_view("\303\251", 2)); }, "isascii",
       [] { return std::vector<MoltValue>{}; }, "False"},
      {"'' isprintable ()", [] { return S(std::string_view("", 0)); }, "isprintable",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'prefix_x' removeprefix ('prefix_',)", [] { return S(std::string_view("prefix_x", 8)); },
       "removeprefix", [] { return std::vector<MoltValue>{S(std::string_view("prefix_", 7))}; },
       "'x'"},
      {"'x.py' removesuffix ('.py',)", [] { return S(std::string_view("x.py", 4)); },
       "removesuffix", [] { return std::vector<MoltValue>{S(std::string_view(".py", 3))}; }, "'x'"},
      {"'x' removesuffix ('',)", [] { return S(std::string_view("x", 1)); }, "removesuffix",
       [] { return std::vector<MoltValue>{S(std::string_view("", 0))}; }, "'x'"},
      {"'x' removeprefix (1,)", [] { return S(std::string_view("x", 1)); }, "removeprefix",
       [] { return std::vector<MoltValue>{I(1)}; },
       "TypeError: removeprefix() argument must be str, not int"},
      {"'abc' encode ()", [] { return S(std::string_view("abc", 3)); }, "encode",
       [] { return std::vector<MoltValue>{}; }, "b'abc'"},
      {"'\\xe9\\U0001f600' encode ()",
       [] { return S(std::string_view("\303\251\360\237\230\200", 6)); }, "encode",
       [] { return std::vector<MoltValue>{}; }, "b'\134xc3\134xa9\134xf0\134x9f\134x98\134x80'"},
      {"'\\xe9' encode ('latin-1',)", [] { return S(std::string_view("\303\251", 2)); }, "encode",
       [] { return std::vector<MoltValue>{S(std::string_view("latin-1", 7))}; }, "b'\134xe9'"},
      {"'\\xe9' encode ('ascii',)", [] { return S(std::string_view("\303\251", 2)); }, "encode",
       [] { return std::vector<MoltValue>{S(std::string_view("ascii", 5))}; },
       "UnicodeEncodeError: 'ascii' codec can't encode character '\134xe9' in position 0: ordinal "
       "not in range(128)"},
      {"'a\\xe9b\\u20ac' encode ('ascii', 'replace')",
       [] { return S(std::string_view("a\303\251b\342\202\254", 7)); }, "encode",
       [] {
         return std::vector<MoltValue>{S(std::string_view("ascii", 5)),
                                       S(std::string_view("replace", 7))};
       },
       "b'a\077b\077'"},
      {"'a\\xe9\\u20ac' encode ('ascii', 'ignore')",
       [] { return S(std::string_view("a\303\251\342\202\254", 6)); }, "encode",
       [] {
         return std::vector<MoltValue>{S(std::string_view("ascii", 5)),
                                       S(std::string_view("ignore", 6))};
       },
       "b'a'"},
      {"'a\\u20acb' encode ('latin-1',)", [] { return S(std::string_view("a\342\202\254b", 5)); },
       "encode", [] { return std::vector<MoltValue>{S(std::string_view("latin-1", 7))}; },
       "UnicodeEncodeError: 'latin-1' codec can't encode character '\134u20ac' in position 1: "
       "ordinal not in range(256)"},
      {"'\\xe9\\u20acx' encode ('ascii', 'backslashreplace')",
       [] { return S(std::string_view("\303\251\342\202\254x", 6)); }, "encode",
       [] {
         return std::vector<MoltValue>{S(std::string_view("ascii", 5)),
                                       S(std::string_view("backslashreplace", 16))};
       },
       "b'\134\134xe9\134\134u20acx'"},
      {"'\\ud800' encode ()", [] { return S(std::string_view("\355\240\200", 3)); }, "encode",
       [] { return std::vector<MoltValue>{}; },
       "UnicodeEncodeError: 'utf-8' codec can't encode character '\134ud800' in position 0: "
       "surrogates not allowed"},
      {"'\\ud800\\udc00' encode ()",
       [] { return S(std::string_view("\355\240\200\355\260\200", 6)); }, "encode",
       [] { return std::vector<MoltValue>{}; },
       "UnicodeEncodeError: 'utf-8' codec can't encode characters in position 0-1: surrogates not "
       "allowed"},
      {"'a' encode ('foo',)", [] { return S(std::string_view("a", 1)); }, "encode",
       [] { return std::vector<MoltValue>{S(std::string_view("foo", 3))}; },
       "LookupError: unknown encoding: foo"},
      {"'\\xe9' encode ('ascii', 'xmlcharrefreplace')",
       [] { return S(std::string_view("\303\251", 2)); }, "encode",
       [] {
         return std::vector<MoltValue>{S(std::string_view("ascii", 5)),
                                       S(std::string_view("xmlcharrefreplace", 17))};
       },
       "b'&#233;'"},
      {"'{} {}' format (1, 'x')", [] { return S(std::string_view("{} {}", 5)); }, "format",
       [] {
         return std::vector<MoltValue>{I(1), S(std::string_view("x", 1))};
       },
       "'1 x'"},
      {"'{1}{0}' format ('a', 'b')", [] { return S(std::string_view("{1}{0}", 6)); }, "format",
       [] {
         return std::vector<MoltValue>{S(std::string_view("a", 1)), S(std::string_view("b", 1))};
       },
       "'ba'"},
      {"'{0!r:>6}' format ('a',)", [] { return S(std::string_view("{0!r:>6}", 8)); }, "format",
       [] { return std::vector<MoltValue>{S(std::string_view("a", 1))}; }, "\042   'a'\042"},
      {"'{:{}}' format (1, '>4')", [] { return S(std::string_view("{:{}}", 5)); }, "format",
       [] {
         return std::vector<MoltValue>{I(1), S(std::string_view(">4", 2))};
       },
       "'   1'"},
      {"'{0[1]}' format ('xy',)", [] { return S(std::string_view("{0[1]}", 6)); }, "format",
       [] { return std::vector<MoltValue>{S(std::string_view("xy", 2))}; }, "'y'"},
      {"'{' format ()", [] { return S(std::string_view("{", 1)); }, "format",
       [] { return std::vector<MoltValue>{}; },
       "ValueError: Single '{' encountered in format string"},
      {"'{}' format ()", [] { return S(std::string_view("{}", 2)); }, "format",
       [] { return std::vector<MoltValue>{}; },
       "IndexError: Replacement index 0 out of range for positional args tuple"},
      {"'{0}{}' format (1, 2)", [] { return S(std::string_view("{0}{}", 5)); }, "format",
       [] {
         return std::vector<MoltValue>{I(1), I(2)};
       },
       "ValueError: cannot switch from manual field specification to automatic field numbering"},
      {"'{!x}' format (1,)", [] { return S(std::string_view("{!x}", 4)); }, "format",
       [] { return std::vector<MoltValue>{I(1)}; }, "ValueError: Unknown conversion specifier x"},
      {"'{:^7}' format ('\\xe9',)", [] { return S(std::string_view("{:^7}", 5)); }, "format",
       [] { return std::vector<MoltValue>{S(std::string_view("\303\251", 2))}; },
       "'   \303\251   '"},
      {"'{:.2f}' format (3.14159,)", [] { return S(std::string_view("{:.2f}", 6)); }, "format",
       [] { return std::vector<MoltValue>{F(3.14159)}; }, "'3.14'"},
      {"'{:,}' format (1234567,)", [] { return S(std::string_view("{:,}", 4)); }, "format",
       [] { return std::vector<MoltValue>{I(1234567)}; }, "'1,234,567'"},
      {"'}}{{' format ()", [] { return S(std::string_view("}}{{", 4)); }, "format",
       [] { return std::vector<MoltValue>{}; }, "'}{'"},
      {"'%s-%r' % (('a', 'b'),)", [] { return S(std::string_view("%s-%r", 5)); }, "%",
       [] {
         return std::vector<MoltValue>{
             T({S(std::string_view("a", 1)), S(std::string_view("b", 1))})};
       },
       "\042a-'b'\042"},
      {"'%d%%' % (5,)", [] { return S(std::string_view("%d%%", 4)); }, "%",
       [] { return std::vector<MoltValue>{I(5)}; }, "'5%'"},
      {"'%5.1f|' % (2.25,)", [] { return S(std::string_view("%5.1f|", 6)); }, "%",
       [] { return std::vector<MoltValue>{F(2.25)}; }, "'  2.2|'"},
      {"'%x %X %o' % ((255, 255, 8),)", [] { return S(std::string_view("%x %X %o", 8)); }, "%",
       [] {
         return std::vector<MoltValue>{T({I(255), I(255), I(8)})};
       },
       "'ff FF 10'"},
      {"'%c%c' % ((65, '\\xe9'),)", [] { return S(std::string_view("%c%c", 4)); }, "%",
       [] {
         return std::vector<MoltValue>{T({I(65), S(std::string_view("\303\251", 2))})};
       },
       "'A\303\251'"},
      {"'%(a)s' % ({'a': 1},)", [] { return S(std::string_view("%(a)s", 5)); }, "%",
       [] {
         return std::vector<MoltValue>{D({S(std::string_view("a", 1)), I(1)})};
       },
       "'1'"},
      {"'%d' % ('a',)", [] { return S(std::string_view("%d", 2)); }, "%",
       [] { return std::vector<MoltValue>{S(std::string_view("a", 1))}; },
       "TypeError: %d format: a real number is required, not str"},
      {"'%d %d' % ((1,),)", [] { return S(std::string_view("%d %d", 5)); }, "%",
       [] { return std::vector<MoltValue>{T({I(1)})}; },
       "TypeError: not enough arguments for format string"},
      {"'%d' % ((1, 2),)", [] { return S(std::string_view("%d", 2)); }, "%",
       [] {
         return std::vector<MoltValue>{T({I(1), I(2)})};
       },
       "TypeError: not all arguments converted during string formatting"},
      {"'%' % ((),)", [] { return S(std::string_view("%", 1)); }, "%",
       [] { return std::vector<MoltValue>{T({})}; }, "ValueError: incomplete format"},
      {"'%z' % (1,)", [] { return S(std::string_view("%z", 2)); }, "%",
       [] { return std::vector<MoltValue>{I(1)}; },
       "ValueError: unsupported format character 'z' (0x7a) at index 1"},
      {"'%-4s|' % ('\\xe9',)", [] { return S(std::string_view("%-4s|", 5)); }, "%",
       [] { return std::vector<MoltValue>{S(std::string_view("\303\251", 2))}; }, "'\303\251   |'"},
      {"'%.2s' % ('abc',)", [] { return S(std::string_view("%.2s", 4)); }, "%",
       [] { return std::vector<MoltValue>{S(std::string_view("abc", 3))}; }, "'ab'"},
      {"'%a' % ('\\xe9',)", [] { return S(std::string_view("%a", 2)); }, "%",
       [] { return std::vector<MoltValue>{S(std::string_view("\303\251", 2))}; },
       "\042'\134\134xe9'\042"},
      {"'%s' % ((1, 2),)", [] { return S(std::string_view("%s", 2)); }, "%",
       [] {
         return std::vector<MoltValue>{T({I(1), I(2)})};
       },
       "TypeError: not all arguments converted during string formatting"},
      {"'%e' % (12345.678,)", [] { return S(std::string_view("%e", 2)); }, "%",
       [] { return std::vector<MoltValue>{F(12345.678)}; }, "'1.234568e+04'"},
      {"'%g' % (1e-05,)", [] { return S(std::string_view("%g", 2)); }, "%",
       [] { return std::vector<MoltValue>{F(1e-05)}; }, "'1e-05'"},
      {"'%i' % (1180591620717411303424,)", [] { return S(std::string_view("%i", 2)); }, "%",
       [] { return std::vector<MoltValue>{BigI("1180591620717411303424")}; },
       "'1180591620717411303424'"},
      {"'%#x' % (-255,)", [] { return S(std::string_view("%#x", 3)); }, "%",
       [] { return std::vector<MoltValue>{I(-255)}; }, "'-0xff'"},
      {"'%+05d' % (42,)", [] { return S(std::string_view("%+05d", 5)); }, "%",
       [] { return std::vector<MoltValue>{I(42)}; }, "'+0042'"},
      {"'%*d' % ((4, 7),)", [] { return S(std::string_view("%*d", 3)); }, "%",
       [] {
         return std::vector<MoltValue>{T({I(4), I(7)})};
       },
       "'   7'"},
      {"'ab' format_builtin ('^6',)", [] { return S(std::string_view("ab", 2)); }, "format_builtin",
       [] { return std::vector<MoltValue>{S(std::string_view("^6", 2))}; }, "'  ab  '"},
      {"'ab' format_builtin ('d',)", [] { return S(std::string_view("ab", 2)); }, "format_builtin",
       [] { return std::vector<MoltValue>{S(std::string_view("d", 1))}; },
       "ValueError: Unknown format code 'd' for object of type 'str'"},
      {"'ab' format_builtin ('*<5',)", [] { return S(std::string_view("ab", 2)); },
       "format_builtin", [] { return std::vector<MoltValue>{S(std::string_view("*<5", 3))}; },
       "'ab***'"},
      {"'abcdef' format_builtin ('.3',)", [] { return S(std::string_view("abcdef", 6)); },
       "format_builtin", [] { return std::vector<MoltValue>{S(std::string_view(".3", 2))}; },
       "'abc'"},
      {"'abc' translate ({97: 'X', 98: None},)", [] { return S(std::string_view("abc", 3)); },
       "translate",
       [] {
         return std::vector<MoltValue>{D({I(97), S(std::string_view("X", 1)), I(98), N()})};
       },
       "'Xc'"},
      {"'abc' translate ({97: 120},)", [] { return S(std::string_view("abc", 3)); }, "translate",
       [] {
         return std::vector<MoltValue>{D({I(97), I(120)})};
       },
       "'xbc'"},
      {"'%-6.2f|%6s|%06.1f' % ((3.14159, 'ab', -2.5),)",
       [] { return S(std::string_view("%-6.2f|%6s|%06.1f", 17)); }, "%",
       [] {
         return std::vector<MoltValue>{T({F(3.14159), S(std::string_view("ab", 2)), F(-2.5)})};
       },
       "'3.14  |    ab|-002.5'"},
      {"'%(x)s-%(y)d' % ({'x': '\\xe9', 'y': 3},)",
       [] { return S(std::string_view("%(x)s-%(y)d", 11)); }, "%",
       [] {
         return std::vector<MoltValue>{
             D({S(std::string_view("x", 1)), S(std::string_view("\303\251", 2)),
                S(std::string_view("y", 1)), I(3)})};
       },
       "'\303\251-3'"},
      {"'%s %s' % ('a',)", [] { return S(std::string_view("%s %s", 5)); }, "%",
       [] { return std::vector<MoltValue>{S(std::string_view("a", 1))}; },
       "TypeError: not enough arguments for format string"},
      {"'%.0f %.1e %5.3g' % ((2.5, 12345.0, 0.00012345),)",
       [] { return S(std::string_view("%.0f %.1e %5.3g", 15)); }, "%",
       [] {
         return std::vector<MoltValue>{T({F(2.5), F(12345.0), F(0.00012345)})};
       },
       "'2 1.2e+04 0.000123'"},
      {"'%c' % (1114112,)", [] { return S(std::string_view("%c", 2)); }, "%",
       [] { return std::vector<MoltValue>{I(1114112)}; },
       "OverflowError: %c arg not in range(0x110000)"},
      {"'%c' % ('ab',)", [] { return S(std::string_view("%c", 2)); }, "%",
       [] { return std::vector<MoltValue>{S(std::string_view("ab", 2))}; },
       "TypeError: %c requires int or char"},
      {"'%(a' % ({'a': 1},)", [] { return S(std::string_view("%(a", 3)); }, "%",
       [] {
         return std::vector<MoltValue>{D({S(std::string_view("a", 1)), I(1)})};
       },
       "ValueError: incomplete format key"},
      {"'%*s|%-*s|' % ((4, 'a', 4, 'b'),)", [] { return S(std::string_view("%*s|%-*s|", 9)); }, "%",
       [] {
         return std::vector<MoltValue>{
             T({I(4), S(std::string_view("a", 1)), I(4), S(std::string_view("b", 1))})};
       },
       "'   a|b   |'"},
      {"'%.*s' % ((2, 'abcdef'),)", [] { return S(std::string_view("%.*s", 4)); }, "%",
       [] {
         return std::vector<MoltValue>{T({I(2), S(std::string_view("abcdef", 6))})};
       },
       "'ab'"},
      {"'%x' % (1.5,)", [] { return S(std::string_view("%x", 2)); }, "%",
       [] { return std::vector<MoltValue>{F(1.5)}; },
       "TypeError: %x format: an integer is required, not float"},
      {"'%f' % ('x',)", [] { return S(std::string_view("%f", 2)); }, "%",
       [] { return std::vector<MoltValue>{S(std::string_view("x", 1))}; },
       "TypeError: must be real number, not str"},
      {"'%s' % ((),)", [] { return S(std::string_view("%s", 2)); }, "%",
       [] { return std::vector<MoltValue>{T({})}; },
       "TypeError: not enough arguments for format string"},
      {"'{0:>{1}}' format ('\\xe9', 4)", [] { return S(std::string_view("{0:>{1}}", 8)); },
       "format",
       [] {
         return std::vector<MoltValue>{S(std::string_view("\303\251", 2)), I(4)};
       },
       "'   \303\251'"},
      {"'{a.real}' format_kw (('a', 5),)", [] { return S(std::string_view("{a.real}", 8)); },
       "format_kw",
       [] {
         return std::vector<MoltValue>{T({S(std::string_view("a", 1)), I(5)})};
       },
       "'5'"},
      {"'{a[0]}{b}' format_kw (('a', 'xy'), ('b', 'z'))",
       [] { return S(std::string_view("{a[0]}{b}", 9)); }, "format_kw",
       [] {
         return std::vector<MoltValue>{
             T({S(std::string_view("a", 1)), S(std::string_view("xy", 2))}),
             T({S(std::string_view("b", 1)), S(std::string_view("z", 1))})};
       },
       "'xz'"},
      {"'{x}' format_kw ()", [] { return S(std::string_view("{x}", 3)); }, "format_kw",
       [] { return std::vector<MoltValue>{}; }, "KeyError: 'x'"},
      {"'{name}-{0}' format_kw (('name', 'n'),)",
       [] { return S(std::string_view("{name}-{0}", 10)); }, "format_kw",
       [] {
         return std::vector<MoltValue>{
             T({S(std::string_view("name", 4)), S(std::string_view("n", 1))})};
       },
       "IndexError: Replacement index 0 out of range for positional args tuple"},
      {"'{}' format ('\\xe9\\U0001f600',)", [] { return S(std::string_view("{}", 2)); }, "format",
       [] { return std::vector<MoltValue>{S(std::string_view("\303\251\360\237\230\200", 6))}; },
       "'\303\251\360\237\230\200'"},
      {"'{:10}|' format ('\\xe9',)", [] { return S(std::string_view("{:10}|", 6)); }, "format",
       [] { return std::vector<MoltValue>{S(std::string_view("\303\251", 2))}; },
       "'\303\251         |'"},
      {"'{:<10}|' format (42,)", [] { return S(std::string_view("{:<10}|", 7)); }, "format",
       [] { return std::vector<MoltValue>{I(42)}; }, "'42        |'"},
      {"'{a}{b}' format_map ({'a': 1, 'b': '\\xe9'},)",
       [] { return S(std::string_view("{a}{b}", 6)); }, "format_map",
       [] {
         return std::vector<MoltValue>{
             D({S(std::string_view("a", 1)), I(1), S(std::string_view("b", 1)),
                S(std::string_view("\303\251", 2))})};
       },
       "'1\303\251'"},
      {"'{0}' format_map ({},)", [] { return S(std::string_view("{0}", 3)); }, "format_map",
       [] { return std::vector<MoltValue>{D({})}; },
       "ValueError: Format string contains positional fields"},
      {"'{a}' format_map ({},)", [] { return S(std::string_view("{a}", 3)); }, "format_map",
       [] { return std::vector<MoltValue>{D({})}; }, "KeyError: 'a'"},
      {"'x' format_builtin ('=5',)", [] { return S(std::string_view("x", 1)); }, "format_builtin",
       [] { return std::vector<MoltValue>{S(std::string_view("=5", 2))}; },
       "ValueError: '=' alignment not allowed in string format specifier"},
      {"'x' format_builtin ('+',)", [] { return S(std::string_view("x", 1)); }, "format_builtin",
       [] { return std::vector<MoltValue>{S(std::string_view("+", 1))}; },
       "ValueError: Sign not allowed in string format specifier"},
      {"'x' format_builtin (',',)", [] { return S(std::string_view("x", 1)); }, "format_builtin",
       [] { return std::vector<MoltValue>{S(std::string_view(",", 1))}; },
       "ValueError: Cannot specify ',' with 's'."},
      {"'a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U00"
       "01f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a"
       "\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001"
       "f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\"
       "U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f6"
       "00a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0"
       "001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600"
       "a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U000"
       "1f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a"
       "\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001"
       "f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\"
       "U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f6"
       "00a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0"
       "001f600a\\U0001f600' slice (95, 105, None)",
       [] {
         return S(std::string_view(
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230"
             "\200",
             500));
       },
       "slice",
       [] {
         return std::vector<MoltValue>{I(95), I(105), N()};
       },
       "'\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a'"},
      {"'a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U00"
       "01f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a"
       "\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001"
       "f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\"
       "U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f6"
       "00a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0"
       "001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600"
       "a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U000"
       "1f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a"
       "\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001"
       "f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\"
       "U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f6"
       "00a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0"
       "001f600a\\U0001f600' getitem (151,)",
       [] {
         return S(std::string_view(
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230"
             "\200",
             500));
       },
       "getitem", [] { return std::vector<MoltValue>{I(151)}; }, "'\360\237\230\200'"},
      {"'a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U00"
       "01f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a"
       "\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001"
       "f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\"
       "U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f6"
       "00a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0"
       "001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600"
       "a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U000"
       "1f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a"
       "\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001"
       "f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\"
       "U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f6"
       "00a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0"
       "001f600a\\U0001f600' find ('\\U0001f600a', 150)",
       [] {
         return S(std::string_view(
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230"
             "\200",
             500));
       },
       "find",
       [] {
         return std::vector<MoltValue>{S(std::string_view("\360\237\230\200a", 5)), I(150)};
       },
       "151"},
      {"'a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U00"
       "01f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a"
       "\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001"
       "f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\"
       "U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f6"
       "00a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0"
       "001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600"
       "a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U000"
       "1f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a"
       "\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001"
       "f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\"
       "U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f6"
       "00a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0"
       "001f600a\\U0001f600' rfind ('a', 0, 100)",
       [] {
         return S(std::string_view(
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230"
             "\200",
             500));
       },
       "rfind",
       [] {
         return std::vector<MoltValue>{S(std::string_view("a", 1)), I(0), I(100)};
       },
       "98"},
      {"'a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U00"
       "01f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a"
       "\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001"
       "f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\"
       "U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f6"
       "00a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0"
       "001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600"
       "a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U000"
       "1f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a"
       "\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001"
       "f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\"
       "U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f6"
       "00a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0001f600a\\U0"
       "001f600a\\U0001f600' count ('\\U0001f600', 10, 20)",
       [] {
         return S(std::string_view(
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200"
             "a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230\200a\360\237\230"
             "\200",
             500));
       },
       "count",
       [] {
         return std::vector<MoltValue>{S(std::string_view("\360\237\230\200", 4)), I(10), I(20)};
       },
       "5"},
      {"'\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9' startswith ('\\xe9', 150)",
       [] {
         return S(std::string_view(
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251",
             400));
       },
       "startswith",
       [] {
         return std::vector<MoltValue>{S(std::string_view("\303\251", 2)), I(150)};
       },
       "True"},
      {"'\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9\\xe9"
       "\\xe9\\xe9' endswith ('\\xe9e', 0, 150)",
       [] {
         return S(std::string_view(
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251"
             "\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303\251\303"
             "\251",
             400));
       },
       "endswith",
       [] {
         return std::vector<MoltValue>{S(std::string_view("\303\251e", 3)), I(0), I(150)};
       },
       "False"},
      {"'x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9"
       "x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x"
       "\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x"
       "\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x"
       "\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x"
       "\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x"
       "\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9x\\xe9' center (205, '\\xb7')",
       [] {
         return S(std::string_view(
             "x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
             "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303"
             "\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251"
             "x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
             "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303"
             "\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251"
             "x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
             "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303"
             "\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251"
             "x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
             "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251",
             300));
       },
       "center",
       [] {
         return std::vector<MoltValue>{I(205), S(std::string_view("\302\267", 2))};
       },
       "'\302\267\302\267\302\267x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
       "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
       "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
       "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
       "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
       "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
       "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
       "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
       "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
       "\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x\303\251x"
       "\303\251x\303\251x\303\251\302\267\302\267'"},
      {"'abc' split (None, 1)", [] { return S(std::string_view("abc", 3)); }, "split",
       [] {
         return std::vector<MoltValue>{N(), I(1)};
       },
       "['abc']"},
      {"'abc' split ()", [] { return S(std::string_view("abc", 3)); }, "split",
       [] { return std::vector<MoltValue>{}; }, "['abc']"},
      {"'a b' split ('b', 0)", [] { return S(std::string_view("a b", 3)); }, "split",
       [] {
         return std::vector<MoltValue>{S(std::string_view("b", 1)), I(0)};
       },
       "['a b']"},
      {"'The Title' istitle ()", [] { return S(std::string_view("The Title", 9)); }, "istitle",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'\\u01c5' istitle ()", [] { return S(std::string_view("\307\205", 2)); }, "istitle",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'\\u01c5' isupper ()", [] { return S(std::string_view("\307\205", 2)); }, "isupper",
       [] { return std::vector<MoltValue>{}; }, "False"},
      {"'\\u2167' isnumeric ()", [] { return S(std::string_view("\342\205\247", 3)); }, "isnumeric",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"'\\u2167' lower ()", [] { return S(std::string_view("\342\205\247", 3)); }, "lower",
       [] { return std::vector<MoltValue>{}; }, "'\342\205\267'"},
      {"'\\u0149' upper ()", [] { return S(std::string_view("\305\211", 2)); }, "upper",
       [] { return std::vector<MoltValue>{}; }, "'\312\274N'"},
      {"'\\u0390' upper ()", [] { return S(std::string_view("\316\220", 2)); }, "upper",
       [] { return std::vector<MoltValue>{}; }, "'\316\231\314\210\314\201'"},
      {"'\\u0130' casefold ()", [] { return S(std::string_view("\304\260", 2)); }, "casefold",
       [] { return std::vector<MoltValue>{}; }, "'i\314\207'"},
      {"'\\ufb03' title ()", [] { return S(std::string_view("\357\254\203", 3)); }, "title",
       [] { return std::vector<MoltValue>{}; }, "'Ffi'"},
      {"'a\\u0301b' title ()", [] { return S(std::string_view("a\314\201b", 4)); }, "title",
       [] { return std::vector<MoltValue>{}; }, "'A\314\201B'"},
      {"'hello' __format__ ('>8',)", [] { return S(std::string_view("hello", 5)); }, "__format__",
       [] { return std::vector<MoltValue>{S(std::string_view(">8", 2))}; }, "'   hello'"},
      {"'hello' __format__ (1,)", [] { return S(std::string_view("hello", 5)); }, "__format__",
       [] { return std::vector<MoltValue>{I(1)}; },
       "TypeError: __format__() argument must be str, not int"},
      {"'abc' __getnewargs__ ()", [] { return S(std::string_view("abc", 3)); }, "__getnewargs__",
       [] { return std::vector<MoltValue>{}; }, "('abc',)"},
      {"'a' replace (None, 'b')", [] { return S(std::string_view("a", 1)); }, "replace",
       [] {
         return std::vector<MoltValue>{N(), S(std::string_view("b", 1))};
       },
       "TypeError: replace() argument 1 must be str, not None"},
      {"'a' encode (None,)", [] { return S(std::string_view("a", 1)); }, "encode",
       [] { return std::vector<MoltValue>{N()}; },
       "TypeError: encode() argument 'encoding' must be str, not None"},
      {"'a' splitlines (1.5,)", [] { return S(std::string_view("a", 1)); }, "splitlines",
       [] { return std::vector<MoltValue>{F(1.5)}; }, "['a']"},
      {"'a' removeprefix (None,)", [] { return S(std::string_view("a", 1)); }, "removeprefix",
       [] { return std::vector<MoltValue>{N()}; },
       "TypeError: removeprefix() argument must be str, not None"},
      {"'a' find (None,)", [] { return S(std::string_view("a", 1)); }, "find",
       [] { return std::vector<MoltValue>{N()}; }, "TypeError: must be str, not NoneType"},
      {"'a' center (1.5,)", [] { return S(std::string_view("a", 1)); }, "center",
       [] { return std::vector<MoltValue>{F(1.5)}; },
       "TypeError: 'float' object cannot be interpreted as an integer"},
      {"'a' zfill (None,)", [] { return S(std::string_view("a", 1)); }, "zfill",
       [] { return std::vector<MoltValue>{N()}; },
       "TypeError: 'NoneType' object cannot be interpreted as an integer"},
      {"'a' expandtabs (1.5,)", [] { return S(std::string_view("a", 1)); }, "expandtabs",
       [] { return std::vector<MoltValue>{F(1.5)}; },
       "TypeError: 'float' object cannot be interpreted as an integer"},
      {"'a' center (3, None)", [] { return S(std::string_view("a", 1)); }, "center",
       [] {
         return std::vector<MoltValue>{I(3), N()};
       },
       "TypeError: The fill character must be a unicode character, not NoneType"},
      {"'a' __format__ (None,)", [] { return S(std::string_view("a", 1)); }, "__format__",
       [] { return std::vector<MoltValue>{N()}; },
       "TypeError: __format__() argument must be str, not None"},
      {"'' maketrans ('a', 1)", [] { return S(std::string_view("", 0)); }, "maketrans",
       [] {
         return std::vector<MoltValue>{S(std::string_view("a", 1)), I(1)};
       },
       "TypeError: maketrans() argument 2 must be str, not int"},
      {"'' maketrans (1, 'a')", [] { return S(std::string_view("", 0)); }, "maketrans",
       [] {
         return std::vector<MoltValue>{I(1), S(std::string_view("a", 1))};
       },
       "TypeError: first maketrans argument must be a string if there is a second argument"},
      {"'' maketrans ('a', 'b', None)", [] { return S(std::string_view("", 0)); }, "maketrans",
       [] {
         return std::vector<MoltValue>{S(std::string_view("a", 1)), S(std::string_view("b", 1)),
                                       N()};
       },
       "TypeError: maketrans() argument 3 must be str, not None"},
      {"'' maketrans ()", [] { return S(std::string_view("", 0)); }, "maketrans",
       [] { return std::vector<MoltValue>{}; },
       "TypeError: maketrans expected at least 1 argument, got 0"},
      {"'' maketrans ('ab', 'cd', 'e')", [] { return S(std::string_view("", 0)); }, "maketrans",
       [] {
         return std::vector<MoltValue>{S(std::string_view("ab", 2)), S(std::string_view("cd", 2)),
                                       S(std::string_view("e", 1))};
       },
       "[(97, 99), (98, 100), (101, None)]"},
      {"b'abc' len ()", [] { return B(std::string_view("abc", 3)); }, "len",
       [] { return std::vector<MoltValue>{}; }, "3"},
      {"b'abc' getitem (1,)", [] { return B(std::string_view("abc", 3)); }, "getitem",
       [] { return std::vector<MoltValue>{I(1)}; }, "98"},
      {"b'abc' getitem (5,)", [] { return B(std::string_view("abc", 3)); }, "getitem",
       [] { return std::vector<MoltValue>{I(5)}; }, "IndexError: index out of range"},
      {"b'abcdef' slice (None, None, -2)", [] { return B(std::string_view("abcdef", 6)); }, "slice",
       [] {
         return std::vector<MoltValue>{N(), N(), I(-2)};
       },
       "b'fdb'"},
      {"b'ab' + (b'cd',)", [] { return B(std::string_view("ab", 2)); }, "+",
       [] { return std::vector<MoltValue>{B(std::string_view("cd", 2))}; }, "b'abcd'"},
      {"b'ab' + ('cd',)", [] { return B(std::string_view("ab", 2)); }, "+",
       [] { return std::vector<MoltValue>{S(std::string_view("cd", 2))}; },
       "TypeError: can't concat str to bytes"},
      {"b'ab' * (2,)", [] { return B(std::string_view("ab", 2)); }, "*",
       [] { return std::vector<MoltValue>{I(2)}; }, "b'abab'"},
      {"b'abc' repr ()", [] { return B(std::string_view("abc", 3)); }, "repr",
       [] { return std::vector<MoltValue>{}; }, "\042b'abc'\042"},
      {"b\"\\x00'\\n\\x80\" repr ()", [] { return B(std::string_view("\000'\012\200", 4)); },
       "repr", [] { return std::vector<MoltValue>{}; },
       "'b\042\134\134x00\134'\134\134n\134\134x80\042'"},
      {"b\"'\" repr ()", [] { return B(std::string_view("'", 1)); }, "repr",
       [] { return std::vector<MoltValue>{}; }, "'b\042\134'\042'"},
      {"b'abc' hash ()", [] { return B(std::string_view("abc", 3)); }, "hash",
       [] { return std::vector<MoltValue>{}; }, "-4594863902769663758"},
      {"b'abc' list ()", [] { return B(std::string_view("abc", 3)); }, "list",
       [] { return std::vector<MoltValue>{}; }, "[97, 98, 99]"},
      {"97 in_rev_b (b'abc',)", [] { return I(97); }, "in_rev_b",
       [] { return std::vector<MoltValue>{B(std::string_view("abc", 3))}; }, "True"},
      {"b'b' in_rev_b (b'abc',)", [] { return B(std::string_view("b", 1)); }, "in_rev_b",
       [] { return std::vector<MoltValue>{B(std::string_view("abc", 3))}; }, "True"},
      {"b'\\xff' decode ()", [] { return B(std::string_view("\377", 1)); }, "decode",
       [] { return std::vector<MoltValue>{}; },
       "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start "
       "byte"},
      {"b'\\xe4\\xb8' decode ()", [] { return B(std::string_view("\344\270", 2)); }, "decode",
       [] { return std::vector<MoltValue>{}; },
       "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of "
       "data"},
      {"b'\\xe4\\xb8A' decode ()", [] { return B(std::string_view("\344\270A", 3)); }, "decode",
       [] { return std::vector<MoltValue>{}; },
       "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation "
       "byte"},
      {"b'a\\xffb' decode ('utf-8', 'replace')", [] { return B(std::string_view("a\377b", 3)); },
       "decode",
       [] {
         return std::vector<MoltValue>{S(std::string_view("utf-8", 5)),
                                       S(std::string_view("replace", 7))};
       },
       "'a\357\277\275b'"},
      {"b'a\\xff' decode ('ascii',)", [] { return B(std::string_view("a\377", 2)); }, "decode",
       [] { return std::vector<MoltValue>{S(std::string_view("ascii", 5))}; },
       "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 1: ordinal not in "
       "range(128)"},
      {"b'\\xe9' decode ('latin-1',)", [] { return B(std::string_view("\351", 1)); }, "decode",
       [] { return std::vector<MoltValue>{S(std::string_view("latin-1", 7))}; }, "'\303\251'"},
      {"b'\\xc3\\xa9' decode ()", [] { return B(std::string_view("\303\251", 2)); }, "decode",
       [] { return std::vector<MoltValue>{}; }, "'\303\251'"},
      {"b'\\x01\\x02\\x03' hex ()", [] { return B(std::string_view("\001\002\003", 3)); }, "hex",
       [] { return std::vector<MoltValue>{}; }, "'010203'"},
      {"b'\\x01\\x02\\x03' hex (':', 2)", [] { return B(std::string_view("\001\002\003", 3)); },
       "hex",
       [] {
         return std::vector<MoltValue>{S(std::string_view(":", 1)), I(2)};
       },
       "'01:0203'"},
      {"b'a,b' split (b',',)", [] { return B(std::string_view("a,b", 3)); }, "split",
       [] { return std::vector<MoltValue>{B(std::string_view(",", 1))}; }, "[b'a', b'b']"},
      {"b' a b ' split ()", [] { return B(std::string_view(" a b ", 5)); }, "split",
       [] { return std::vector<MoltValue>{}; }, "[b'a', b'b']"},
      {"b'abc' find (b'c',)", [] { return B(std::string_view("abc", 3)); }, "find",
       [] { return std::vector<MoltValue>{B(std::string_view("c", 1))}; }, "2"},
      {"b'abc' find (99,)", [] { return B(std::string_view("abc", 3)); }, "find",
       [] { return std::vector<MoltValue>{I(99)}; }, "2"},
      {"b'abc' find ('c',)", [] { return B(std::string_view("abc", 3)); }, "find",
       [] { return std::vector<MoltValue>{S(std::string_view("c", 1))}; },
       "TypeError: argument should be integer or bytes-like object, not 'str'"},
      {"b'abc' upper ()", [] { return B(std::string_view("abc", 3)); }, "upper",
       [] { return std::vector<MoltValue>{}; }, "b'ABC'"},
      {"b'xaxx' strip (b'x',)", [] { return B(std::string_view("xaxx", 4)); }, "strip",
       [] { return std::vector<MoltValue>{B(std::string_view("x", 1))}; }, "b'a'"},
      {"b'aa' replace (b'', b'-')", [] { return B(std::string_view("aa", 2)); }, "replace",
       [] {
         return std::vector<MoltValue>{B(std::string_view("", 0)), B(std::string_view("-", 1))};
       },
       "b'-a-a-'"},
      {"b'-' join ([b'a', b'b'],)", [] { return B(std::string_view("-", 1)); }, "join",
       [] {
         return std::vector<MoltValue>{
             L({B(std::string_view("a", 1)), B(std::string_view("b", 1))})};
       },
       "b'a-b'"},
      {"b'-' join ([b'a', 'b'],)", [] { return B(std::string_view("-", 1)); }, "join",
       [] {
         return std::vector<MoltValue>{
             L({B(std::string_view("a", 1)), S(std::string_view("b", 1))})};
       },
       "TypeError: sequence item 1: expected a bytes-like object, str found"},
      {"b'abc' startswith (b'ab',)", [] { return B(std::string_view("abc", 3)); }, "startswith",
       [] { return std::vector<MoltValue>{B(std::string_view("ab", 2))}; }, "True"},
      {"b'abc' count (b'b',)", [] { return B(std::string_view("abc", 3)); }, "count",
       [] { return std::vector<MoltValue>{B(std::string_view("b", 1))}; }, "1"},
      {"b'abc' < (b'abd',)", [] { return B(std::string_view("abc", 3)); }, "<",
       [] { return std::vector<MoltValue>{B(std::string_view("abd", 3))}; }, "True"},
      {"b'abc' == ('abc',)", [] { return B(std::string_view("abc", 3)); },
       "==", [] { return std::vector<MoltValue>{S(std::string_view("abc", 3))}; }, "False"},
      {"b'abc' index (b'z',)", [] { return B(std::string_view("abc", 3)); }, "index",
       [] { return std::vector<MoltValue>{B(std::string_view("z", 1))}; },
       "ValueError: subsection not found"},
      {"b'a b' split (b' ', 0)", [] { return B(std::string_view("a b", 3)); }, "split",
       [] {
         return std::vector<MoltValue>{B(std::string_view(" ", 1)), I(0)};
       },
       "[b'a b']"},
      {"b'abc' getitem (-1,)", [] { return B(std::string_view("abc", 3)); }, "getitem",
       [] { return std::vector<MoltValue>{I(-1)}; }, "99"},
      {"b'ab' * (1.5,)", [] { return B(std::string_view("ab", 2)); }, "*",
       [] { return std::vector<MoltValue>{F(1.5)}; },
       "TypeError: can't multiply sequence by non-int of type 'float'"},
      {"b'ab' + (bytearray(b'c'),)", [] { return B(std::string_view("ab", 2)); }, "+",
       [] { return std::vector<MoltValue>{BA(std::string_view("c", 1))}; }, "b'abc'"},
      {"bytearray(b'ab') + (b'c',)", [] { return BA(std::string_view("ab", 2)); }, "+",
       [] { return std::vector<MoltValue>{B(std::string_view("c", 1))}; }, "bytearray(b'abc')"},
      {"bytearray(b'ab') repr ()", [] { return BA(std::string_view("ab", 2)); }, "repr",
       [] { return std::vector<MoltValue>{}; }, "\042bytearray(b'ab')\042"},
      {"bytearray(b'ab') hash ()", [] { return BA(std::string_view("ab", 2)); }, "hash",
       [] { return std::vector<MoltValue>{}; }, "TypeError: unhashable type: 'bytearray'"},
      {"bytearray(b'abc') getitem (5,)", [] { return BA(std::string_view("abc", 3)); }, "getitem",
       [] { return std::vector<MoltValue>{I(5)}; }, "IndexError: bytearray index out of range"},
      {"bytearray(b'abc') slice (None, None, -1)", [] { return BA(std::string_view("abc", 3)); },
       "slice",
       [] {
         return std::vector<MoltValue>{N(), N(), I(-1)};
       },
       "bytearray(b'cba')"},
      {"bytearray(b'abc') upper ()", [] { return BA(std::string_view("abc", 3)); }, "upper",
       [] { return std::vector<MoltValue>{}; }, "bytearray(b'ABC')"},
      {"bytearray(b'a,b') split (b',',)", [] { return BA(std::string_view("a,b", 3)); }, "split",
       [] { return std::vector<MoltValue>{B(std::string_view(",", 1))}; },
       "[bytearray(b'a'), bytearray(b'b')]"},
      {"bytearray(b'x') join ([b'a', b'b'],)", [] { return BA(std::string_view("x", 1)); }, "join",
       [] {
         return std::vector<MoltValue>{
             L({B(std::string_view("a", 1)), B(std::string_view("b", 1))})};
       },
       "bytearray(b'axb')"},
      {"bytearray(b'abc') pop ()", [] { return BA(std::string_view("abc", 3)); }, "pop",
       [] { return std::vector<MoltValue>{}; }, "99"},
      {"bytearray(b'') pop ()", [] { return BA(std::string_view("", 0)); }, "pop",
       [] { return std::vector<MoltValue>{}; }, "IndexError: pop from empty bytearray"},
      {"bytearray(b'abc') remove (120,)", [] { return BA(std::string_view("abc", 3)); }, "remove",
       [] { return std::vector<MoltValue>{I(120)}; }, "ValueError: value not found in bytearray"},
      {"bytearray(b'abc') append (256,)", [] { return BA(std::string_view("abc", 3)); }, "append",
       [] { return std::vector<MoltValue>{I(256)}; }, "ValueError: byte must be in range(0, 256)"},
      {"bytearray(b'abc') append ('a',)", [] { return BA(std::string_view("abc", 3)); }, "append",
       [] { return std::vector<MoltValue>{S(std::string_view("a", 1))}; },
       "TypeError: 'str' object cannot be interpreted as an integer"},
      {"b'\\x01\\x02\\x03\\x04\\x05' hex ('-', -2)",
       [] { return B(std::string_view("\001\002\003\004\005", 5)); }, "hex",
       [] {
         return std::vector<MoltValue>{S(std::string_view("-", 1)), I(-2)};
       },
       "'0102-0304-05'"},
      {"b'ab' hex ('::',)", [] { return B(std::string_view("ab", 2)); }, "hex",
       [] { return std::vector<MoltValue>{S(std::string_view("::", 2))}; },
       "ValueError: sep must be length 1."},
      {"b'abc' translate (None, b'b')", [] { return B(std::string_view("abc", 3)); }, "translate",
       [] {
         return std::vector<MoltValue>{N(), B(std::string_view("b", 1))};
       },
       "b'ac'"},
      {"b'  x  ' rsplit (None, 1)", [] { return B(std::string_view("  x  ", 5)); }, "rsplit",
       [] {
         return std::vector<MoltValue>{N(), I(1)};
       },
       "[b'x']"},
      {"b'abc' decode ('nope',)", [] { return B(std::string_view("abc", 3)); }, "decode",
       [] { return std::vector<MoltValue>{S(std::string_view("nope", 4))}; },
       "LookupError: unknown encoding: nope"},
      {"b'abc' center (7, b'*')", [] { return B(std::string_view("abc", 3)); }, "center",
       [] {
         return std::vector<MoltValue>{I(7), B(std::string_view("*", 1))};
       },
       "b'**abc**'"},
      {"b'abc' center (7, 'x')", [] { return B(std::string_view("abc", 3)); }, "center",
       [] {
         return std::vector<MoltValue>{I(7), S(std::string_view("x", 1))};
       },
       "TypeError: center() argument 2 must be a byte string of length 1, not str"},
      {"b'a\\tb' expandtabs ()", [] { return B(std::string_view("a\011b", 3)); }, "expandtabs",
       [] { return std::vector<MoltValue>{}; }, "b'a       b'"},
      {"b'-7' zfill (4,)", [] { return B(std::string_view("-7", 2)); }, "zfill",
       [] { return std::vector<MoltValue>{I(4)}; }, "b'-007'"},
      {"b'Hello World' swapcase ()", [] { return B(std::string_view("Hello World", 11)); },
       "swapcase", [] { return std::vector<MoltValue>{}; }, "b'hELLO wORLD'"},
      {"b'hello world' title ()", [] { return B(std::string_view("hello world", 11)); }, "title",
       [] { return std::vector<MoltValue>{}; }, "b'Hello World'"},
      {"b'a\\r\\nb\\nc' splitlines (True,)",
       [] { return B(std::string_view("a\015\012b\012c", 6)); }, "splitlines",
       [] { return std::vector<MoltValue>{Bo(true)}; }, "[b'a\134r\134n', b'b\134n', b'c']"},
      {"b'abc' removeprefix (b'ab',)", [] { return B(std::string_view("abc", 3)); }, "removeprefix",
       [] { return std::vector<MoltValue>{B(std::string_view("ab", 2))}; }, "b'c'"},
      {"b'abc' isalnum ()", [] { return B(std::string_view("abc", 3)); }, "isalnum",
       [] { return std::vector<MoltValue>{}; }, "True"},
      {"b'' isspace ()", [] { return B(std::string_view("", 0)); }, "isspace",
       [] { return std::vector<MoltValue>{}; }, "False"},
      {"b'aXbXc' replace (b'X', b'--', 1)", [] { return B(std::string_view("aXbXc", 5)); },
       "replace",
       [] {
         return std::vector<MoltValue>{B(std::string_view("X", 1)), B(std::string_view("--", 2)),
                                       I(1)};
       },
       "b'a--bXc'"},
      {"b'abc' count (b'',)", [] { return B(std::string_view("abc", 3)); }, "count",
       [] { return std::vector<MoltValue>{B(std::string_view("", 0))}; }, "4"},
      {"b'abcabc' rindex (b'bc',)", [] { return B(std::string_view("abcabc", 6)); }, "rindex",
       [] { return std::vector<MoltValue>{B(std::string_view("bc", 2))}; }, "4"},
      {"b'a' center (3, None)", [] { return B(std::string_view("a", 1)); }, "center",
       [] {
         return std::vector<MoltValue>{I(3), N()};
       },
       "TypeError: center() argument 2 must be a byte string of length 1, not None"},
      {"b'a' splitlines ('x',)", [] { return B(std::string_view("a", 1)); }, "splitlines",
       [] { return std::vector<MoltValue>{S(std::string_view("x", 1))}; }, "[b'a']"},
      {"b'a' decode (None,)", [] { return B(std::string_view("a", 1)); }, "decode",
       [] { return std::vector<MoltValue>{N()}; },
       "TypeError: decode() argument 'encoding' must be str, not None"},
      {"bytearray(b\"it\\'s\") repr ()", [] { return BA(std::string_view("it's", 4)); }, "repr",
       [] { return std::vector<MoltValue>{}; }, "'bytearray(b\042it\134\134\134's\042)'"},
      {"bytearray(b'\\'\"') repr ()", [] { return BA(std::string_view("'\042", 2)); }, "repr",
       [] { return std::vector<MoltValue>{}; }, "'bytearray(b\134'\134\134\134'\042\134')'"},
  };
  for (const Case &c : kCases) {
    MoltValue recv = c.recv();
    std::vector<MoltValue> args = c.args();
    EXPECT_EQ(run(recv, c.op, args), std::string(c.expect)) << c.python;
    for (MoltValue v : args)
      molt_decref(v);
    molt_decref(recv);
  }
}

TEST_F(RtStr, MaketransTranslate) {
  // 'abc'.translate(str.maketrans('ab', 'xy', 'c')) -> 'xy'
  MoltValue args[3] = {S("ab"), S("xy"), S("c")};
  MoltValue strType = molt_from_ptr(&molt_type_str);
  MoltValue mk = molt_getattr(strType, molt_const_str("maketrans", 9));
  ASSERT_FALSE(molt_is_error(mk));
  MoltValue table = molt_call(mk, args, 3, MOLT_NONE);
  ASSERT_FALSE(molt_is_error(table));
  EXPECT_EQ(show(callMethod("translate", S("abc"), {table})), "'xy'");
  for (MoltValue v : args)
    molt_decref(v);
  molt_decref(mk);
}

TEST_F(RtStr, InterningAndCaches) {
  MoltValue a = molt_const_str("hello", 5), b = internStr("hello");
  EXPECT_EQ(a, b);
  MoltValue c = strFromUtf8("x"), d = strFromUtf8("x");
  EXPECT_EQ(c, d); // one-character strings are cached
  EXPECT_EQ(strFromUtf8(""), strEmpty());
  MoltValue parts[3] = {S("a"), S("\303\251"), S("bc")};
  MoltValue j = molt_str_concat(parts, 3);
  EXPECT_EQ(strView(j), "a\303\251bc");
  EXPECT_EQ(strLength(j), 4);
  molt_decref(j);
  for (MoltValue v : parts)
    molt_decref(v);
}

TEST_F(RtStr, NonAsciiIndexingNoCliff) {
  // indexing every character of a long non-ASCII string stays linear overall
  std::string s;
  for (int i = 0; i < 20000; i++)
    s += (i % 2) ? "\303\251" : "a";
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
