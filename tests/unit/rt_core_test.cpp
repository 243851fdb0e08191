// Tests for the runtime core object model: argument binding, operator and
// protocol dispatch errors, attribute access, reprs, modules. Every expected
// message/repr was produced by CPython 3.12 (the Python source is given next
// to each case).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "molt/molt.h"
#include "molt/object.h"

using namespace molt::rt;

// Optional runtime parts (core/features.cpp): generated mains install them.
extern "C" void molt_use_all(void);

namespace {

struct RtInit : ::testing::Environment {
  void SetUp() override {
    molt_use_all();
    molt_runtime_init();
  }
};
const auto *const kEnv = ::testing::AddGlobalTestEnvironment(new RtInit);

MoltValue S(const char *s) { return molt_const_str(s, strlen(s)); }

std::string text(MoltValue s) { return std::string(strView(s)); }

// The pending exception as "Type: message" (and clears it).
std::string err() {
  if (molt_state.exc == MOLT_NONE || molt_state.exc == 0) return "<no exception>";
  MoltValue e = molt_err_fetch();
  std::string out = std::string(molt_type_of(e)->name);
  MoltValue s = molt_str(e);
  if (!molt_is_error(s)) {
    std::string m = text(s);
    if (!m.empty()) out += ": " + m;
    molt_decref(s);
  }
  molt_decref(e);
  return out;
}

std::string repr(MoltValue v) {
  MoltValue r = molt_repr(v);
  if (molt_is_error(r)) return "<error " + err() + ">";
  std::string s = text(r);
  molt_decref(r);
  return s;
}

// Expects an error result and returns the exception text.
std::string errOf(MoltValue r) {
  if (!molt_is_error(r)) {
    std::string s = "<no error: " + repr(r) + ">";
    molt_decref(r);
    return s;
  }
  return err();
}
std::string errOf(int r) { return r < 0 ? err() : "<no error>"; }

MoltValue tuple(std::initializer_list<MoltValue> items) {
  return molt_tuple_new(items.begin(), items.size());
}
MoltValue I(int64_t v) { return molt_small_int(v); }

// --- Python functions for argument binding ---------------------------------

size_t slotCount(const MoltFuncInfo *info) {
  return (size_t)(info->argcount + info->kwonlyargcount) + ((info->flags & MOLT_FN_VARARGS) != 0) +
         ((info->flags & MOLT_FN_VARKEYWORDS) != 0);
}

const MoltFuncInfo *gInfo;

// Generic entry: binds and returns the tuple of bound parameters.
MoltValue bindEntry(MoltValue fn, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltValue out[16];
  if (molt_bind_args(fn, args, nargs, kwnames, out) < 0) return MOLT_ERROR;
  size_t n = slotCount(gInfo);
  MoltValue t = molt_tuple_new(out, n);
  for (size_t i = 0; i < n; i++)
    molt_decref(out[i]);
  return t;
}

struct PyFunc {
  MoltFuncInfo info;
  MoltValue fn;
};

PyFunc makeFunc(const char *qualname, int argc, int posonly, int kwonly, int flags,
                const char *const *names) {
  PyFunc p{};
  p.info.code.name = qualname;
  p.info.code.qualname = qualname;
  p.info.code.filename = "t.py";
  p.info.entry = bindEntry;
  p.info.argcount = argc;
  p.info.posonlyargcount = posonly;
  p.info.kwonlyargcount = kwonly;
  p.info.flags = flags;
  p.info.argnames = names;
  return p;
}

// Calls f with positional args and keyword args (names, values).
MoltValue callF(PyFunc &p, std::vector<MoltValue> pos,
                std::vector<std::pair<const char *, MoltValue>> kw = {},
                MoltValue defaults = MOLT_NONE, MoltValue kwdefaults = MOLT_NONE) {
  gInfo = &p.info;
  MoltValue fn = molt_function_new(&p.info, S("__main__"), defaults, kwdefaults, MOLT_NONE);
  std::vector<MoltValue> args = pos;
  std::vector<MoltValue> names;
  for (auto &[k, v] : kw) {
    names.push_back(S(k));
    args.push_back(v);
  }
  MoltValue kwnames = names.empty() ? MOLT_NONE : molt_tuple_new(names.data(), names.size());
  MoltValue r = molt_call(fn, args.data(), pos.size(), kwnames);
  molt_xdecref(kwnames);
  molt_decref(fn);
  return r;
}

const char *const kX[] = {"x"};
const char *const kAB[] = {"a", "b"};
const char *const kABC[] = {"a", "b", "c"};
const char *const kA[] = {"a"};
const char *const kABK[] = {"a", "b", "k"};
const char *const kAKJ[] = {"a", "k", "j"};
const char *const kKJM[] = {"k", "j", "m"};
const char *const kABKW[] = {"a", "b", "kw"};
const char *const kABCDE[] = {"a", "b", "c", "d", "e"};
const char *const kAArgsKw[] = {"a", "args", "kw"};
const char *const kSelfX[] = {"self", "x"};

TEST(RtCoreBind, MissingPositional) {
  PyFunc f1 = makeFunc("f", 1, 0, 0, 0, kX); // def f(x)
  EXPECT_EQ(errOf(callF(f1, {})), "TypeError: f() missing 1 required positional argument: 'x'");
  PyFunc f2 = makeFunc("f", 2, 0, 0, 0, kAB); // def f(a,b)
  EXPECT_EQ(errOf(callF(f2, {})),
            "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
  PyFunc f3 = makeFunc("f", 3, 0, 0, 0, kABC); // def f(a,b,c)
  EXPECT_EQ(errOf(callF(f3, {})),
            "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'");
  PyFunc m = makeFunc("A.f", 2, 0, 0, 0, kSelfX); // class A: def f(self, x); A().f()
  EXPECT_EQ(errOf(callF(m, {I(0)})),
            "TypeError: A.f() missing 1 required positional argument: 'x'");
}

TEST(RtCoreBind, TooManyPositional) {
  PyFunc f2 = makeFunc("f", 2, 0, 0, 0, kAB);
  EXPECT_EQ(errOf(callF(f2, {I(1), I(2), I(3)})),
            "TypeError: f() takes 2 positional arguments but 3 were given");
  PyFunc f1 = makeFunc("f", 1, 0, 0, 0, kA);
  EXPECT_EQ(errOf(callF(f1, {I(1), I(2)})),
            "TypeError: f() takes 1 positional argument but 2 were given");
  PyFunc f0 = makeFunc("f", 0, 0, 0, 0, nullptr);
  EXPECT_EQ(errOf(callF(f0, {I(1)})),
            "TypeError: f() takes 0 positional arguments but 1 was given");
  EXPECT_EQ(errOf(callF(f0, {I(1), I(2)})),
            "TypeError: f() takes 0 positional arguments but 2 were given");
  // def f(a,b=1): f(1,2,3)
  MoltValue d = tuple({I(1)});
  EXPECT_EQ(errOf(callF(f2, {I(1), I(2), I(3)}, {}, d)),
            "TypeError: f() takes from 1 to 2 positional arguments but 3 were given");
  // def f(a,b=1,*,k): f(1,2,3,k=1)
  PyFunc fk = makeFunc("f", 2, 0, 1, 0, kABK);
  EXPECT_EQ(errOf(callF(fk, {I(1), I(2), I(3)}, {{"k", I(1)}}, d)),
            "TypeError: f() takes from 1 to 2 positional arguments but 3 positional arguments "
            "(and 1 keyword-only argument) were given");
  // def f(a,*,k,j): f(1,2,k=1,j=2) / f(1,2,k=1)
  PyFunc fkj = makeFunc("f", 1, 0, 2, 0, kAKJ);
  EXPECT_EQ(errOf(callF(fkj, {I(1), I(2)}, {{"k", I(1)}, {"j", I(2)}})),
            "TypeError: f() takes 1 positional argument but 2 positional arguments (and 2 "
            "keyword-only arguments) were given");
  EXPECT_EQ(errOf(callF(fkj, {I(1), I(2)}, {{"k", I(1)}})),
            "TypeError: f() takes 1 positional argument but 2 positional arguments (and 1 "
            "keyword-only argument) were given");
  molt_decref(d);
}

TEST(RtCoreBind, Keywords) {
  PyFunc f2 = makeFunc("f", 2, 0, 0, 0, kAB);
  // f(1,2,3,z=1): the keyword error wins
  EXPECT_EQ(errOf(callF(f2, {I(1), I(2), I(3)}, {{"z", I(1)}})),
            "TypeError: f() got an unexpected keyword argument 'z'");
  EXPECT_EQ(errOf(callF(f2, {I(1)}, {{"z", I(1)}})),
            "TypeError: f() got an unexpected keyword argument 'z'");
  EXPECT_EQ(errOf(callF(f2, {I(1)}, {{"a", I(1)}})),
            "TypeError: f() got multiple values for argument 'a'");
  PyFunc k1 = makeFunc("f", 0, 0, 1, 0, kX); // def f(*,x)
  EXPECT_EQ(errOf(callF(k1, {})), "TypeError: f() missing 1 required keyword-only argument: 'x'");
  PyFunc k3 = makeFunc("f", 0, 0, 3, 0, kKJM);
  EXPECT_EQ(errOf(callF(k3, {})),
            "TypeError: f() missing 3 required keyword-only arguments: 'k', 'j', and 'm'");
  PyFunc p1 = makeFunc("f", 1, 1, 0, 0, kA); // def f(a,/)
  EXPECT_EQ(errOf(callF(p1, {}, {{"a", I(1)}})),
            "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
  PyFunc p2 = makeFunc("f", 2, 2, 0, 0, kAB); // def f(a,b,/)
  EXPECT_EQ(errOf(callF(p2, {}, {{"a", I(1)}, {"b", I(2)}})),
            "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a, "
            "b'");
  PyFunc p3 = makeFunc("f", 2, 1, 0, 0, kAB); // def f(a,/,b)
  EXPECT_EQ(errOf(callF(p3, {}, {{"a", I(1)}, {"b", I(2)}})),
            "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
  EXPECT_EQ(errOf(callF(p3, {}, {{"b", I(2)}})),
            "TypeError: f() missing 1 required positional argument: 'a'");
  // def f(a,b,c=1,*,d,e=2): f() / f(1,2)
  PyFunc f5 = makeFunc("f", 3, 0, 2, 0, kABCDE);
  MoltValue d = tuple({I(1)});
  MoltValue kwd = molt_dict_new(nullptr, 0);
  molt_dict_setitem(kwd, S("e"), I(2));
  EXPECT_EQ(errOf(callF(f5, {}, {}, d, kwd)),
            "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
  EXPECT_EQ(errOf(callF(f5, {I(1), I(2)}, {}, d, kwd)),
            "TypeError: f() missing 1 required keyword-only argument: 'd'");
  // f(1, 2, d=4) -> (1, 2, 1, 4, 2)
  MoltValue r = callF(f5, {I(1), I(2)}, {{"d", I(4)}}, d, kwd);
  EXPECT_EQ(repr(r), "(1, 2, 1, 4, 2)");
  molt_xdecref(r);
  molt_decref(d);
  molt_decref(kwd);
}

TEST(RtCoreBind, Success) {
  // def f(a, b=1, *, k): f(5, k=7) -> (5, 1, 7)
  PyFunc fk = makeFunc("f", 2, 0, 1, 0, kABK);
  MoltValue d = tuple({I(1)});
  MoltValue r = callF(fk, {I(5)}, {{"k", I(7)}}, d);
  EXPECT_EQ(repr(r), "(5, 1, 7)");
  molt_xdecref(r);
  molt_decref(d);
  // def g(a, *args, **kw): g(1,2,3,z=4) -> (1, (2, 3), {'z': 4})
  PyFunc g = makeFunc("g", 1, 0, 0, MOLT_FN_VARARGS | MOLT_FN_VARKEYWORDS, kAArgsKw);
  r = callF(g, {I(1), I(2), I(3)}, {{"z", I(4)}});
  EXPECT_EQ(repr(r), "(1, (2, 3), {'z': 4})");
  molt_xdecref(r);
  // def f(a,b,/,**kw): f(1,2,a=1,b=2) -> kw == {'a': 1, 'b': 2}
  PyFunc p = makeFunc("f", 2, 2, 0, MOLT_FN_VARKEYWORDS, kABKW);
  r = callF(p, {I(1), I(2)}, {{"a", I(1)}, {"b", I(2)}});
  EXPECT_EQ(repr(r), "(1, 2, {'a': 1, 'b': 2})");
  molt_xdecref(r);
}

TEST(RtCoreBind, CallEx) {
  // def f(x): f(**{1:2}) -> TypeError: keywords must be strings
  PyFunc f1 = makeFunc("f", 1, 0, 0, 0, kX);
  gInfo = &f1.info;
  MoltValue fn = molt_function_new(&f1.info, S("__main__"), MOLT_NONE, MOLT_NONE, MOLT_NONE);
  MoltValue kw = molt_dict_new(nullptr, 0);
  molt_dict_setitem(kw, I(1), I(2));
  MoltValue empty = tuple({});
  EXPECT_EQ(errOf(molt_call_ex(fn, empty, kw)), "TypeError: keywords must be strings");
  molt_decref(kw);
  kw = molt_dict_new(nullptr, 0);
  molt_dict_setitem(kw, S("x"), I(9));
  MoltValue r = molt_call_ex(fn, empty, kw);
  EXPECT_EQ(repr(r), "(9,)");
  molt_xdecref(r);
  molt_decref(kw);
  molt_decref(empty);
  molt_decref(fn);
}

// --- Operators and protocols ------------------------------------------------

TEST(RtCoreDispatch, BinaryErrors) {
  MoltValue a = S("a");
  // 1 + 'a'
  EXPECT_EQ(errOf(molt_add(I(1), a)),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  // 1 ** 'a'
  EXPECT_EQ(errOf(molt_pow(I(1), a)),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
  // pow(1, 'a', 2)
  EXPECT_EQ(errOf(powValues(I(1), a, I(2))),
            "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'");
  // x=1; x += 'a' / x **= 'a' / x @= 'a'
  EXPECT_EQ(errOf(molt_iadd(I(1), a)),
            "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  EXPECT_EQ(errOf(molt_ipow(I(1), a)),
            "TypeError: unsupported operand type(s) for **=: 'int' and 'str'");
  EXPECT_EQ(errOf(molt_imatmul(I(1), a)),
            "TypeError: unsupported operand type(s) for @=: 'int' and 'str'");
  // -'a', +'a', ~'a'
  EXPECT_EQ(errOf(molt_neg(a)), "TypeError: bad operand type for unary -: 'str'");
  EXPECT_EQ(errOf(molt_pos(a)), "TypeError: bad operand type for unary +: 'str'");
  EXPECT_EQ(errOf(molt_invert(a)), "TypeError: bad operand type for unary ~: 'str'");
  // 1 < 'a', 1 >= 'a'
  EXPECT_EQ(errOf(molt_compare_bool(I(1), a, MOLT_LT)),
            "TypeError: '<' not supported between instances of 'int' and 'str'");
  EXPECT_EQ(errOf(molt_compare_bool(I(1), a, MOLT_GE)),
            "TypeError: '>=' not supported between instances of 'int' and 'str'");
  // 1 == 'a' -> False
  EXPECT_EQ(molt_compare_bool(I(1), a, MOLT_EQ), 0);
  EXPECT_EQ(molt_compare_bool(I(1), a, MOLT_NE), 1);
}

TEST(RtCoreDispatch, ItemsAndIteration) {
  MoltValue t = tuple({I(1)});
  EXPECT_EQ(errOf(molt_contains(I(1), I(1))), "TypeError: argument of type 'int' is not iterable");
  EXPECT_EQ(errOf(molt_getitem(I(1), I(0))), "TypeError: 'int' object is not subscriptable");
  EXPECT_EQ(errOf(molt_setitem(t, I(0), I(1))),
            "TypeError: 'tuple' object does not support item assignment");
  EXPECT_EQ(errOf(molt_setitem(I(1), I(0), I(1))),
            "TypeError: 'int' object does not support item assignment");
  EXPECT_EQ(errOf(molt_delitem(S("a"), I(0))),
            "TypeError: 'str' object doesn't support item deletion");
  EXPECT_EQ(errOf(molt_delitem(I(1), I(0))),
            "TypeError: 'int' object does not support item deletion");
  EXPECT_EQ(errOf(molt_iter(I(1))), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(errOf(molt_iter_next(I(1))), "TypeError: 'int' object is not an iterator");
  EXPECT_EQ(molt_contains(t, I(1)), 1);
  molt_decref(t);
}

TEST(RtCoreDispatch, Unpack) {
  MoltValue out[4];
  MoltValue t2 = tuple({I(1), I(2)});
  MoltValue t3 = tuple({I(1), I(2), I(3)});
  EXPECT_EQ(errOf(molt_unpack(I(1), 2, out)), "TypeError: cannot unpack non-iterable int object");
  EXPECT_EQ(errOf(molt_unpack(t2, 3, out)),
            "ValueError: not enough values to unpack (expected 3, got 2)");
  EXPECT_EQ(errOf(molt_unpack(t3, 2, out)), "ValueError: too many values to unpack (expected 2)");
  EXPECT_EQ(errOf(molt_unpack_ex(t2, 1, 2, out)),
            "ValueError: not enough values to unpack (expected at least 3, got 2)");
  EXPECT_EQ(errOf(molt_unpack_ex(I(1), 1, 0, out)),
            "TypeError: cannot unpack non-iterable int object");
  // a, *b, c = (1, 2, 3)
  ASSERT_EQ(molt_unpack_ex(t3, 1, 1, out), 0);
  EXPECT_EQ(repr(out[0]) + repr(out[1]) + repr(out[2]), "1[2]3");
  for (int i = 0; i < 3; i++)
    molt_decref(out[i]);
  // Through the iterator path: a, b = iter((1, 2))
  MoltValue it = molt_iter(t2);
  ASSERT_EQ(molt_unpack(it, 2, out), 0);
  EXPECT_EQ(repr(out[0]) + repr(out[1]), "12");
  molt_decref(it);
  molt_decref(t2);
  molt_decref(t3);
}

TEST(RtCoreDispatch, Ascii) {
  // ascii('é'), ascii(['ü', '\U0001F600', 'ā'])
  MoltValue e = strFromUtf8("\xc3\xa9");
  MoltValue r = molt_ascii(e);
  EXPECT_EQ(text(r), "'\\xe9'");
  molt_decref(r);
  MoltValue parts[3] = {strFromUtf8("\xc3\xbc"), strFromUtf8("\xf0\x9f\x98\x80"),
                        strFromUtf8("\xc4\x81")};
  MoltValue l = molt_list_new(parts, 3);
  r = molt_ascii(l);
  EXPECT_EQ(text(r), "['\\xfc', '\\U0001f600', '\\u0101']");
  molt_decref(r);
  molt_decref(l);
  for (MoltValue p : parts)
    molt_decref(p);
  molt_decref(e);
}

TEST(RtCoreDispatch, Format) {
  MoltValue o = molt_call(molt_from_ptr(&molt_type_object), nullptr, 0, MOLT_NONE);
  // format(object(), 'x') / format(None, 'x')
  EXPECT_EQ(errOf(molt_format(o, S("x"))),
            "TypeError: unsupported format string passed to object.__format__");
  EXPECT_EQ(errOf(molt_format(MOLT_NONE, S("x"))),
            "TypeError: unsupported format string passed to NoneType.__format__");
  MoltValue r = molt_format(MOLT_TRUE, S("")); // format(True, '') == 'True'
  EXPECT_EQ(text(r), "True");
  molt_decref(r);
  molt_decref(o);
}

// --- Attributes, types, reprs -------------------------------------------------

TEST(RtCoreAttr, Errors) {
  MoltValue intT = molt_from_ptr(&molt_type_int);
  EXPECT_EQ(errOf(molt_getattr(I(1), S("foo"))),
            "AttributeError: 'int' object has no attribute 'foo'");
  EXPECT_EQ(errOf(molt_setattr(I(1), S("x"), I(2))),
            "AttributeError: 'int' object has no attribute 'x'");
  EXPECT_EQ(errOf(molt_setattr(I(1), S("real"), I(2))),
            "AttributeError: attribute 'real' of 'int' objects is not writable");
  MoltValue l = molt_list_new(nullptr, 0);
  EXPECT_EQ(errOf(molt_setattr(l, S("append"), I(1))),
            "AttributeError: 'list' object attribute 'append' is read-only");
  EXPECT_EQ(errOf(molt_setattr(intT, S("__name__"), S("x"))),
            "TypeError: cannot set '__name__' attribute of immutable type 'int'");
  EXPECT_EQ(errOf(molt_setattr(intT, S("x"), I(1))),
            "TypeError: cannot set 'x' attribute of immutable type 'int'");
  EXPECT_EQ(errOf(molt_getattr(intT, S("foo"))),
            "AttributeError: type object 'int' has no attribute 'foo'");
  EXPECT_EQ(errOf(molt_delattr(I(1), S("x"))), "AttributeError: 'int' object has no attribute 'x'");
  EXPECT_EQ(errOf(molt_delattr(I(1), S("real"))),
            "AttributeError: attribute 'real' of 'int' objects is not writable");
  EXPECT_EQ(errOf(molt_call(I(1), nullptr, 0, MOLT_NONE)),
            "TypeError: 'int' object is not callable");
  MoltValue one = I(1);
  EXPECT_EQ(errOf(molt_call(molt_from_ptr(&molt_type_object), &one, 1, MOLT_NONE)),
            "TypeError: object() takes no arguments");
  EXPECT_EQ(errOf(molt_call(molt_from_ptr(&molt_type_NoneType), &one, 1, MOLT_NONE)),
            "TypeError: NoneType takes no arguments");
  MoltValue two[2] = {I(1), I(2)};
  EXPECT_EQ(errOf(molt_call(molt_from_ptr(&molt_type_type), two, 2, MOLT_NONE)),
            "TypeError: type() takes 1 or 3 arguments");
  // list.append(1, 2)
  MoltValue app = molt_getattr(molt_from_ptr(&molt_type_list), S("append"));
  EXPECT_EQ(errOf(molt_call(app, two, 2, MOLT_NONE)),
            "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
  EXPECT_EQ(errOf(molt_call(app, nullptr, 0, MOLT_NONE)),
            "TypeError: unbound method list.append() needs an argument");
  int64_t h;
  EXPECT_EQ(errOf(hashValue(l, &h)), "TypeError: unhashable type: 'list'");
  molt_decref(app);
  molt_decref(l);
}

TEST(RtCoreAttr, Reprs) {
  MoltValue intT = molt_from_ptr(&molt_type_int);
  EXPECT_EQ(repr(intT), "<class 'int'>");
  EXPECT_EQ(repr(MOLT_NONE), "None");
  EXPECT_EQ(repr(molt_ellipsis()), "Ellipsis");
  EXPECT_EQ(repr(molt_not_implemented()), "NotImplemented");
  MoltValue len = makeBuiltinFunction("len", molt_builtin_len, MOLT_NONE);
  EXPECT_EQ(repr(len), "<built-in function len>");
  molt_decref(len);
  MoltValue mro = molt_getattr(intT, S("__mro__"));
  EXPECT_EQ(repr(mro), "(<class 'int'>, <class 'object'>)");
  molt_decref(mro);
  mro = molt_getattr(molt_from_ptr(&molt_type_bool), S("__mro__"));
  EXPECT_EQ(repr(mro), "(<class 'bool'>, <class 'int'>, <class 'object'>)");
  molt_decref(mro);
  MoltValue app = molt_getattr(molt_from_ptr(&molt_type_list), S("append"));
  EXPECT_EQ(repr(app), "<method 'append' of 'list' objects>");
  EXPECT_EQ(std::string(molt_type_of(app)->name), "method_descriptor");
  molt_decref(app);
  MoltValue real = molt_getattr(intT, S("real"));
  EXPECT_EQ(repr(real), "<attribute 'real' of 'int' objects>");
  molt_xdecref(real);
  MoltValue add = molt_getattr(intT, S("__add__"));
  EXPECT_EQ(repr(add), "<slot wrapper '__add__' of 'int' objects>");
  MoltValue two[2] = {I(1), I(2)};
  MoltValue three = molt_call(add, two, 2, MOLT_NONE); // int.__add__(1, 2)
  EXPECT_EQ(repr(three), "3");
  molt_decref(three);
  molt_decref(add);
  MoltValue bound = molt_getattr(I(1), S("__add__"));
  MoltValue a = S("a");
  MoltValue ni = molt_call(bound, &a, 1, MOLT_NONE); // (1).__add__('a')
  EXPECT_EQ(repr(ni), "NotImplemented");
  molt_decref(ni);
  EXPECT_EQ(errOf(molt_call(bound, nullptr, 0, MOLT_NONE)),
            "TypeError: expected 1 argument, got 0");
  molt_decref(bound);
  // type(1).__name__, int.__qualname__, int.__module__, int.__base__, int.__bases__
  MoltValue t = molt_call(molt_from_ptr(&molt_type_type), two, 1, MOLT_NONE);
  EXPECT_EQ(t, intT);
  const char *attrs[] = {"__name__", "__qualname__", "__module__", "__base__", "__bases__"};
  std::string got;
  for (const char *at : attrs) {
    MoltValue v = molt_getattr(intT, S(at));
    got += repr(v) + " ";
    molt_xdecref(v);
  }
  EXPECT_EQ(got, "'int' 'int' 'builtins' <class 'object'> (<class 'object'>,) ");
  MoltValue ob = molt_getattr(molt_from_ptr(&molt_type_object), S("__bases__"));
  EXPECT_EQ(repr(ob), "()");
  molt_decref(ob);
  // object() == object() is False; o == o is True
  MoltValue o1 = molt_call(molt_from_ptr(&molt_type_object), nullptr, 0, MOLT_NONE);
  MoltValue o2 = molt_call(molt_from_ptr(&molt_type_object), nullptr, 0, MOLT_NONE);
  EXPECT_EQ(molt_compare_bool(o1, o2, MOLT_EQ), 0);
  EXPECT_EQ(molt_compare_bool(o1, o1, MOLT_EQ), 1);
  EXPECT_EQ(repr(o1).rfind("<object object at 0x", 0), 0u);
  molt_decref(o1);
  molt_decref(o2);
}

TEST(RtCoreAttr, CallMethod) {
  MoltValue l = molt_list_new(nullptr, 0);
  MoltValue args[2] = {l, I(5)};
  MoltValue r = molt_call_method(S("append"), args, 2, MOLT_NONE);
  EXPECT_EQ(r, MOLT_NONE);
  EXPECT_EQ(repr(l), "[5]");
  MoltValue bound = molt_getattr(l, S("append"));
  EXPECT_EQ(repr(bound).rfind("<built-in method append of list object at 0x", 0), 0u);
  molt_decref(bound);
  EXPECT_EQ(errOf(molt_call_method(S("nope"), args, 1, MOLT_NONE)),
            "AttributeError: 'list' object has no attribute 'nope'");
  molt_decref(l);
}

TEST(RtCoreAttr, TypingAliases) {
  MoltValue listT = molt_from_ptr(&molt_type_list), intT = molt_from_ptr(&molt_type_int);
  MoltValue dictT = molt_from_ptr(&molt_type_dict), strT = molt_from_ptr(&molt_type_str);
  MoltValue tupleT = molt_from_ptr(&molt_type_tuple);
  // repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(tuple[()])
  MoltValue li = molt_getitem(listT, intT);
  EXPECT_EQ(repr(li), "list[int]");
  MoltValue k = tuple({strT, li});
  MoltValue d = molt_getitem(dictT, k);
  EXPECT_EQ(repr(d), "dict[str, list[int]]");
  MoltValue k2 = tuple({intT, molt_ellipsis()});
  MoltValue t = molt_getitem(tupleT, k2);
  EXPECT_EQ(repr(t), "tuple[int, ...]");
  MoltValue k3 = tuple({});
  MoltValue t0 = molt_getitem(tupleT, k3);
  EXPECT_EQ(repr(t0), "tuple[()]");
  // repr(int | None), repr(list[int] | None), int | int is int
  MoltValue u = molt_or(intT, MOLT_NONE);
  EXPECT_EQ(repr(u), "int | None");
  MoltValue u2 = molt_or(li, MOLT_NONE);
  EXPECT_EQ(repr(u2), "list[int] | None");
  MoltValue u3 = molt_or(intT, intT);
  EXPECT_EQ(u3, intT);
  // int[0]
  EXPECT_EQ(errOf(molt_getitem(intT, I(0))), "TypeError: type 'int' is not subscriptable");
  // 1 | 'a'
  EXPECT_EQ(errOf(molt_or(I(1), S("a"))),
            "TypeError: unsupported operand type(s) for |: 'int' and 'str'");
  for (MoltValue v : {li, k, d, k2, t, k3, t0, u, u2, u3})
    molt_decref(v);
}

// --- Functions, cells, modules -------------------------------------------------

TEST(RtCoreObjects, FunctionAndCell) {
  PyFunc f = makeFunc("outer.<locals>.f", 0, 0, 0, 0, nullptr);
  MoltValue fn = molt_function_new(&f.info, S("__main__"), MOLT_NONE, MOLT_NONE, MOLT_NONE);
  EXPECT_EQ(repr(fn).rfind("<function outer.<locals>.f at 0x", 0), 0u);
  MoltValue n = molt_getattr(fn, S("__defaults__"));
  EXPECT_EQ(n, MOLT_NONE);
  // (lambda:0).__name__ = 1
  EXPECT_EQ(errOf(molt_setattr(fn, S("__name__"), I(1))),
            "TypeError: __name__ must be set to a string object");
  EXPECT_EQ(errOf(molt_setattr(fn, S("__defaults__"), I(1))),
            "TypeError: __defaults__ must be set to a tuple object");
  // f.attr = 3; f.attr
  ASSERT_EQ(molt_setattr(fn, S("attr"), I(3)), 0);
  MoltValue v = molt_getattr(fn, S("attr"));
  EXPECT_EQ(v, I(3));
  molt_decref(fn);

  MoltValue c = molt_cell_new(MOLT_UNBOUND);
  EXPECT_EQ(molt_cell_get(c), MOLT_UNBOUND);
  EXPECT_EQ(errOf(molt_getattr(c, S("cell_contents"))), "ValueError: Cell is empty");
  molt_cell_set(c, I(4));
  EXPECT_EQ(molt_cell_get(c), I(4));
  molt_decref(c);
}

MoltValue gModGlobals[2] = {MOLT_UNBOUND, MOLT_UNBOUND};
const char *const kModNames[] = {"x", "__name__"};
int gBodyRuns = 0;
int modBody(MoltValue) {
  gBodyRuns++;
  gModGlobals[0] = molt_small_int(1);
  return 0;
}

TEST(RtCoreObjects, Module) {
  static const MoltModuleInfo info = {"m", "/path/m.py", 2, kModNames, gModGlobals, modBody, 0,
                                      nullptr};
  MoltValue m = molt_import(&info);
  ASSERT_FALSE(molt_is_error(m));
  MoltValue m2 = molt_import(&info);
  EXPECT_EQ(m, m2);
  EXPECT_EQ(gBodyRuns, 1);
  EXPECT_EQ(repr(m), "<module 'm' from '/path/m.py'>");
  MoltValue x = molt_getattr(m, S("x"));
  EXPECT_EQ(x, I(1));
  MoltValue name = molt_getattr(m, S("__name__"));
  EXPECT_EQ(repr(name), "'m'");
  molt_decref(name);
  // import math; math.foo / del math.foo
  EXPECT_EQ(errOf(molt_getattr(m, S("foo"))), "AttributeError: module 'm' has no attribute 'foo'");
  EXPECT_EQ(errOf(molt_delattr(m, S("foo"))),
            "AttributeError: 'module' object has no attribute 'foo'");
  ASSERT_EQ(molt_setattr(m, S("y"), I(7)), 0);
  MoltValue y = molt_getattr(m, S("y"));
  EXPECT_EQ(y, I(7));
  molt_decref(m);
  molt_decref(m2);
}

} // namespace
