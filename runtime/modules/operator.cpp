// The `operator` module (native): every function of CPython 3.12's operator
// module (and the __dunder__ aliases, bound to the same function objects),
// plus the itemgetter, attrgetter and methodcaller types.
#include <string>
#include <vector>

#include "native.h"

using namespace molt::rt;

namespace {

// --- plain functions

#define BINARY(NAME, EXPR)                                                                         \
  MoltValue op_##NAME(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {                     \
    if (checkPositional(#NAME, n, kw, 2, 2) < 0) return MOLT_ERROR;                                \
    return EXPR;                                                                                   \
  }
#define UNARY(NAME, EXPR)                                                                          \
  MoltValue op_##NAME(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {                     \
    if (checkOneArg("_operator." #NAME, n, kw) < 0) return MOLT_ERROR;                             \
    return EXPR;                                                                                   \
  }

BINARY(add, molt_add(a[0], a[1]))
BINARY(sub, molt_sub(a[0], a[1]))
BINARY(mul, molt_mul(a[0], a[1]))
BINARY(truediv, molt_truediv(a[0], a[1]))
BINARY(floordiv, molt_floordiv(a[0], a[1]))
BINARY(mod, molt_mod(a[0], a[1]))
BINARY(pow, molt_pow(a[0], a[1]))
BINARY(lshift, molt_lshift(a[0], a[1]))
BINARY(rshift, molt_rshift(a[0], a[1]))
BINARY(and_, molt_and(a[0], a[1]))
BINARY(or_, molt_or(a[0], a[1]))
BINARY(xor, molt_xor(a[0], a[1]))
BINARY(matmul, molt_matmul(a[0], a[1]))
BINARY(iadd, molt_iadd(a[0], a[1]))
BINARY(isub, molt_isub(a[0], a[1]))
BINARY(imul, molt_imul(a[0], a[1]))
BINARY(itruediv, molt_itruediv(a[0], a[1]))
BINARY(ifloordiv, molt_ifloordiv(a[0], a[1]))
BINARY(imod, molt_imod(a[0], a[1]))
BINARY(ipow, molt_ipow(a[0], a[1]))
BINARY(ilshift, molt_ilshift(a[0], a[1]))
BINARY(irshift, molt_irshift(a[0], a[1]))
BINARY(iand, molt_iand(a[0], a[1]))
BINARY(ior, molt_ior(a[0], a[1]))
BINARY(ixor, molt_ixor(a[0], a[1]))
BINARY(imatmul, molt_imatmul(a[0], a[1]))
BINARY(lt, molt_richcompare(a[0], a[1], MOLT_LT))
BINARY(le, molt_richcompare(a[0], a[1], MOLT_LE))
BINARY(eq, molt_richcompare(a[0], a[1], MOLT_EQ))
BINARY(ne, molt_richcompare(a[0], a[1], MOLT_NE))
BINARY(gt, molt_richcompare(a[0], a[1], MOLT_GT))
BINARY(ge, molt_richcompare(a[0], a[1], MOLT_GE))
BINARY(is_, molt_bool(a[0] == a[1]))
BINARY(is_not, molt_bool(a[0] != a[1]))
BINARY(getitem, molt_getitem(a[0], a[1]))

UNARY(neg, molt_neg(a[0]))
UNARY(pos, molt_pos(a[0]))
UNARY(inv, molt_invert(a[0]))
UNARY(invert, molt_invert(a[0]))
UNARY(abs, molt_builtin_abs(MOLT_NONE, a, 1, MOLT_NONE))
UNARY(index, toIndex(a[0]))

MoltValue op_not_(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("_operator.not_", n, kw) < 0) return MOLT_ERROR;
  int t = molt_truthy(a[0]);
  if (t < 0) return MOLT_ERROR;
  return molt_bool(!t);
}

MoltValue op_truth(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("_operator.truth", n, kw) < 0) return MOLT_ERROR;
  int t = molt_truthy(a[0]);
  if (t < 0) return MOLT_ERROR;
  return molt_bool(t);
}

MoltValue op_contains(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("contains", n, kw, 2, 2) < 0) return MOLT_ERROR;
  int r = molt_contains(a[0], a[1]);
  if (r < 0) return MOLT_ERROR;
  return molt_bool(r);
}

MoltValue op_setitem(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("setitem", n, kw, 3, 3) < 0) return MOLT_ERROR;
  if (molt_setitem(a[0], a[1], a[2]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue op_delitem(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("delitem", n, kw, 2, 2) < 0) return MOLT_ERROR;
  if (molt_delitem(a[0], a[1]) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

/// True if v supports the sequence protocol (has __getitem__ and is not a dict).
bool isSequence(MoltValue v) {
  MoltType *t = molt_type_of(v);
  if (isInstance(v, &molt_type_dict)) return false;
  return contSlot(t, &ContainerSlots::getitem) != nullptr;
}

MoltValue op_concat(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("concat", n, kw, 2, 2) < 0) return MOLT_ERROR;
  if (!isSequence(a[0]))
    return molt_raise_fmt(&molt_type_TypeError, "'%s' object can't be concatenated",
                          typeName(a[0]));
  return molt_add(a[0], a[1]);
}

MoltValue op_iconcat(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("iconcat", n, kw, 2, 2) < 0) return MOLT_ERROR;
  if (!isSequence(a[0]))
    return molt_raise_fmt(&molt_type_TypeError, "'%s' object can't be concatenated",
                          typeName(a[0]));
  return molt_iadd(a[0], a[1]);
}

/// iter(seq) for countOf/indexOf: a TypeError becomes CPython's
/// "argument of type 'X' is not iterable".
MoltValue searchIter(MoltValue seq) {
  MoltValue it = molt_iter(seq);
  if (!molt_is_error(it)) return it;
  MoltValue e = molt_err_fetch();
  if (isInstance(e, &molt_type_TypeError)) {
    molt_decref(e);
    return molt_raise_fmt(&molt_type_TypeError, "argument of type '%s' is not iterable",
                          typeName(seq));
  }
  molt_err_restore(e);
  molt_decref(e);
  return MOLT_ERROR;
}

MoltValue op_countOf(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("countOf", n, kw, 2, 2) < 0) return MOLT_ERROR;
  int64_t count = 0;
  MoltValue it = searchIter(a[0]);
  if (molt_is_error(it)) return it;
  int rc = forEach(it, [&](MoltValue item) -> int {
    int e = equals(item, a[1]);
    if (e < 0) return -1;
    count += e;
    return 0;
  });
  molt_decref(it);
  if (rc < 0) return MOLT_ERROR;
  return molt_int_from_i64(count);
}

MoltValue op_indexOf(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("indexOf", n, kw, 2, 2) < 0) return MOLT_ERROR;
  int64_t i = 0, found = -1;
  MoltValue it = searchIter(a[0]);
  if (molt_is_error(it)) return it;
  int rc = forEach(it, [&](MoltValue item) -> int {
    int e = equals(item, a[1]);
    if (e < 0) return -1;
    if (e) {
      found = i;
      return 1;
    }
    i++;
    return 0;
  });
  molt_decref(it);
  if (rc < 0) return MOLT_ERROR;
  if (found < 0)
    return molt_raise_fmt(&molt_type_ValueError, "sequence.index(x): x not in sequence");
  return molt_int_from_i64(found);
}

MoltValue op_length_hint(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("length_hint", n, kw, 1, 2) < 0) return MOLT_ERROR;
  int64_t def = 0;
  if (n == 2) {
    if (!isInt(a[1]))
      return molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                            typeName(a[1]));
    if (indexAsI64(a[1], &def) < 0) return MOLT_ERROR;
  }
  MoltType *t = molt_type_of(a[0]);
  if (contSlot(t, &ContainerSlots::len)) {
    MoltValue r = molt_builtin_len(MOLT_NONE, a, 1, MOLT_NONE);
    if (!molt_is_error(r)) return r;
    if (!errPendingMatches(&molt_type_TypeError)) return MOLT_ERROR;
    errClear();
  }
  MoltValue hint = typeLookup(t, internStr("__length_hint__"));
  if (molt_is_error(hint)) return hint;
  if (hint == MOLT_UNBOUND) return molt_int_from_i64(def);
  MoltValue r = callWithSelf(hint, a[0], nullptr, 0, MOLT_NONE);
  if (molt_is_error(r)) {
    if (!errPendingMatches(&molt_type_TypeError)) return MOLT_ERROR;
    errClear();
    return molt_int_from_i64(def);
  }
  if (r == molt_not_implemented()) {
    molt_decref(r);
    return molt_int_from_i64(def);
  }
  if (!isInt(r)) {
    MoltValue e = molt_raise_fmt(&molt_type_TypeError, "__length_hint__ must be an integer, not %s",
                                 typeName(r));
    molt_decref(r);
    return e;
  }
  if (intCompare(r, molt_small_int(0)) < 0) {
    molt_decref(r);
    return molt_raise_fmt(&molt_type_ValueError, "__length_hint__() should return >= 0");
  }
  return r;
}

MoltValue op_call(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (n == 0)
    return molt_raise_fmt(&molt_type_TypeError, "call expected at least 1 argument, got 0");
  return molt_call(a[0], a + 1, n - 1, kw);
}

// --- itemgetter

struct Getter {
  MoltObject ob;
  MoltValue items;  // tuple: keys / attribute names / (name, args...)
  MoltValue kwargs; // methodcaller: dict of keyword arguments, else MOLT_NONE
};

Getter *getterOf(MoltValue v) { return as<Getter>(v); }

void getterDealloc(MoltObject *o) {
  auto *g = reinterpret_cast<Getter *>(o);
  molt_decref(g->items);
  molt_xdecref(g->kwargs);
  freeObject(o);
}

void getterTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *g = reinterpret_cast<Getter *>(o);
  visit(g->items, arg);
  if (molt_is_ptr(g->kwargs)) visit(g->kwargs, arg);
}

MoltValue getterNew(MoltType *t, MoltValue items, MoltValue kwargs) {
  MoltObject *o = allocObject(t, sizeof(Getter));
  if (!o) return MOLT_ERROR;
  auto *g = reinterpret_cast<Getter *>(o);
  g->items = molt_newref(items);
  g->kwargs = kwargs == MOLT_NONE ? MOLT_NONE : molt_newref(kwargs);
  return molt_from_ptr(o);
}

extern MoltType molt_type_itemgetter_;
extern MoltType molt_type_attrgetter_;
extern MoltType molt_type_methodcaller_;

MoltValue itemgetterNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  if (noKeywords("itemgetter", kw) < 0) return MOLT_ERROR;
  if (n == 0) return molt_raise_fmt(&molt_type_TypeError, "itemgetter expected 1 argument, got 0");
  MoltValue items = molt_tuple_new(a, n);
  if (molt_is_error(items)) return items;
  MoltValue r = getterNew(t, items, MOLT_NONE);
  molt_decref(items);
  return r;
}

MoltValue itemgetterCall(MoltValue self, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("itemgetter", n, kw, 1, 1) < 0) {
    if (kwCount(kw)) {
      errClear();
      return molt_raise_fmt(&molt_type_TypeError, "itemgetter() takes no keyword arguments");
    }
    return MOLT_ERROR;
  }
  MoltValue items = getterOf(self)->items;
  int64_t k = tupleSize(items);
  if (k == 1) return molt_getitem(a[0], tupleItems(items)[0]);
  MoltValue out = tupleNew(k);
  if (molt_is_error(out)) return out;
  for (int64_t i = 0; i < k; i++) {
    MoltValue v = molt_getitem(a[0], tupleItems(items)[i]);
    if (molt_is_error(v)) {
      molt_decref(out);
      return v;
    }
    tupleItems(out)[i] = v;
  }
  return out;
}

/// "operator.NAME(repr, repr, ...)" of the items from index `from`.
int appendReprs(std::string &s, MoltValue items, int64_t from) {
  for (int64_t i = from; i < tupleSize(items); i++) {
    if (i > from) s += ", ";
    MoltValue r = molt_repr(tupleItems(items)[i]);
    if (molt_is_error(r)) return -1;
    s += strView(r);
    molt_decref(r);
  }
  return 0;
}

MoltValue itemgetterRepr(MoltValue self) {
  std::string s = "operator.itemgetter(";
  if (appendReprs(s, getterOf(self)->items, 0) < 0) return MOLT_ERROR;
  s += ')';
  return strFromUtf8(s);
}

// --- attrgetter

MoltValue attrgetterNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  if (noKeywords("attrgetter", kw) < 0) return MOLT_ERROR;
  if (n == 0) return molt_raise_fmt(&molt_type_TypeError, "attrgetter expected 1 argument, got 0");
  for (size_t i = 0; i < n; i++)
    if (!isStr(a[i]))
      return molt_raise_fmt(&molt_type_TypeError, "attribute name must be a string");
  MoltValue items = molt_tuple_new(a, n);
  if (molt_is_error(items)) return items;
  MoltValue r = getterNew(t, items, MOLT_NONE);
  molt_decref(items);
  return r;
}

MoltValue dottedGet(MoltValue obj, MoltValue name) {
  std::string_view s = strView(name);
  if (s.find('.') == std::string_view::npos) return molt_getattr(obj, name);
  MoltValue cur = molt_newref(obj);
  size_t start = 0;
  while (true) {
    size_t dot = s.find('.', start);
    std::string_view part = s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
    MoltValue pn = molt_const_str(part.data(), part.size());
    MoltValue next = molt_getattr(cur, pn);
    molt_decref(cur);
    if (molt_is_error(next)) return next;
    cur = next;
    if (dot == std::string_view::npos) return cur;
    start = dot + 1;
  }
}

MoltValue attrgetterCall(MoltValue self, const MoltValue *a, size_t n, MoltValue kw) {
  if (kwCount(kw))
    return molt_raise_fmt(&molt_type_TypeError, "attrgetter() takes no keyword arguments");
  if (checkPositional("attrgetter", n, kw, 1, 1) < 0) return MOLT_ERROR;
  MoltValue items = getterOf(self)->items;
  int64_t k = tupleSize(items);
  if (k == 1) return dottedGet(a[0], tupleItems(items)[0]);
  MoltValue out = tupleNew(k);
  if (molt_is_error(out)) return out;
  for (int64_t i = 0; i < k; i++) {
    MoltValue v = dottedGet(a[0], tupleItems(items)[i]);
    if (molt_is_error(v)) {
      molt_decref(out);
      return v;
    }
    tupleItems(out)[i] = v;
  }
  return out;
}

MoltValue attrgetterRepr(MoltValue self) {
  std::string s = "operator.attrgetter(";
  if (appendReprs(s, getterOf(self)->items, 0) < 0) return MOLT_ERROR;
  s += ')';
  return strFromUtf8(s);
}

// --- methodcaller

MoltValue methodcallerNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  if (n == 0)
    return molt_raise_fmt(&molt_type_TypeError,
                          "methodcaller needs at least one argument, the method name");
  if (!isStr(a[0])) return molt_raise_fmt(&molt_type_TypeError, "method name must be a string");
  MoltValue items = molt_tuple_new(a, n);
  if (molt_is_error(items)) return items;
  MoltValue kwargs = MOLT_NONE;
  size_t nkw = kwCount(kw);
  if (nkw) {
    kwargs = molt_dict_new(nullptr, 0);
    for (size_t i = 0; i < nkw && !molt_is_error(kwargs); i++)
      if (molt_dict_setitem(kwargs, tupleItem(kw, static_cast<int64_t>(i)), a[n + i]) < 0) {
        molt_decref(kwargs);
        kwargs = MOLT_ERROR;
      }
    if (molt_is_error(kwargs)) {
      molt_decref(items);
      return kwargs;
    }
  }
  MoltValue r = getterNew(t, items, kwargs);
  molt_decref(items);
  molt_xdecref(kwargs);
  return r;
}

MoltValue methodcallerCall(MoltValue self, const MoltValue *a, size_t n, MoltValue kw) {
  if (kwCount(kw))
    return molt_raise_fmt(&molt_type_TypeError, "methodcaller() takes no keyword arguments");
  if (checkPositional("methodcaller", n, kw, 1, 1) < 0) return MOLT_ERROR;
  Getter *g = getterOf(self);
  MoltValue meth = molt_getattr(a[0], tupleItems(g->items)[0]);
  if (molt_is_error(meth)) return meth;
  MoltValue r;
  if (g->kwargs == MOLT_NONE) {
    r = molt_call(meth, tupleItems(g->items) + 1, static_cast<size_t>(tupleSize(g->items) - 1),
                  MOLT_NONE);
  } else {
    MoltValue rest =
        molt_tuple_new(tupleItems(g->items) + 1, static_cast<size_t>(tupleSize(g->items) - 1));
    r = molt_is_error(rest) ? rest : molt_call_ex(meth, rest, g->kwargs);
    if (!molt_is_error(rest)) molt_decref(rest);
  }
  molt_decref(meth);
  return r;
}

MoltValue methodcallerRepr(MoltValue self) {
  Getter *g = getterOf(self);
  std::string s = "operator.methodcaller(";
  MoltValue r = molt_repr(tupleItems(g->items)[0]);
  if (molt_is_error(r)) return r;
  s += strView(r);
  molt_decref(r);
  if (tupleSize(g->items) > 1) {
    s += ", ";
    if (appendReprs(s, g->items, 1) < 0) return MOLT_ERROR;
  }
  if (g->kwargs != MOLT_NONE) {
    MoltValue items = molt_call_method(internStr("items"), &g->kwargs, 1, MOLT_NONE);
    if (molt_is_error(items)) return items;
    int rc = forEach(items, [&](MoltValue kv) -> int {
      s += ", ";
      s += strView(tupleItem(kv, 0));
      s += '=';
      MoltValue vr = molt_repr(tupleItem(kv, 1));
      if (molt_is_error(vr)) return -1;
      s += strView(vr);
      molt_decref(vr);
      return 0;
    });
    molt_decref(items);
    if (rc < 0) return MOLT_ERROR;
  }
  s += ')';
  return strFromUtf8(s);
}

MoltType makeGetterType(const char *name, unaryfunc repr, MoltVectorcall call, newfunc nw) {
  MoltType t = {};
  t.ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type};
  t.name = name;
  t.base = &molt_type_object;
  t.flags = kTypeImmutable;
  t.basicsize = sizeof(Getter);
  t.dealloc = getterDealloc;
  t.traverse = getterTraverse;
  t.repr = repr;
  t.call = call;
  t.new_ = nw;
  t.dict = MOLT_NONE;
  t.mro = MOLT_NONE;
  return t;
}

MoltType molt_type_itemgetter_ =
    makeGetterType("operator.itemgetter", itemgetterRepr, itemgetterCall, itemgetterNew);
MoltType molt_type_attrgetter_ =
    makeGetterType("operator.attrgetter", attrgetterRepr, attrgetterCall, attrgetterNew);
MoltType molt_type_methodcaller_ =
    makeGetterType("operator.methodcaller", methodcallerRepr, methodcallerCall, methodcallerNew);

struct OpEntry {
  const char *name;
  const char *dunder; // the __x__ alias, or nullptr
  MoltVectorcall fn;
};

const OpEntry kOps[] = {
    {"abs", "__abs__", op_abs},
    {"add", "__add__", op_add},
    {"and_", "__and__", op_and_},
    {"call", "__call__", op_call},
    {"concat", "__concat__", op_concat},
    {"contains", "__contains__", op_contains},
    {"countOf", nullptr, op_countOf},
    {"delitem", "__delitem__", op_delitem},
    {"eq", "__eq__", op_eq},
    {"floordiv", "__floordiv__", op_floordiv},
    {"ge", "__ge__", op_ge},
    {"getitem", "__getitem__", op_getitem},
    {"gt", "__gt__", op_gt},
    {"iadd", "__iadd__", op_iadd},
    {"iand", "__iand__", op_iand},
    {"iconcat", "__iconcat__", op_iconcat},
    {"ifloordiv", "__ifloordiv__", op_ifloordiv},
    {"ilshift", "__ilshift__", op_ilshift},
    {"imatmul", "__imatmul__", op_imatmul},
    {"imod", "__imod__", op_imod},
    {"imul", "__imul__", op_imul},
    {"index", "__index__", op_index},
    {"indexOf", nullptr, op_indexOf},
    {"inv", "__inv__", op_inv},
    {"invert", "__invert__", op_invert},
    {"ior", "__ior__", op_ior},
    {"ipow", "__ipow__", op_ipow},
    {"irshift", "__irshift__", op_irshift},
    {"is_", nullptr, op_is_},
    {"is_not", nullptr, op_is_not},
    {"isub", "__isub__", op_isub},
    {"itruediv", "__itruediv__", op_itruediv},
    {"ixor", "__ixor__", op_ixor},
    {"le", "__le__", op_le},
    {"length_hint", nullptr, op_length_hint},
    {"lshift", "__lshift__", op_lshift},
    {"lt", "__lt__", op_lt},
    {"matmul", "__matmul__", op_matmul},
    {"mod", "__mod__", op_mod},
    {"mul", "__mul__", op_mul},
    {"ne", "__ne__", op_ne},
    {"neg", "__neg__", op_neg},
    {"not_", "__not__", op_not_},
    {"or_", "__or__", op_or_},
    {"pos", "__pos__", op_pos},
    {"pow", "__pow__", op_pow},
    {"rshift", "__rshift__", op_rshift},
    {"setitem", "__setitem__", op_setitem},
    {"sub", "__sub__", op_sub},
    {"truediv", "__truediv__", op_truediv},
    {"truth", nullptr, op_truth},
    {"xor", "__xor__", op_xor},
};

} // namespace

namespace molt::rt {

void initOperatorModule(NativeModuleBuilder &b) {
  for (const OpEntry &e : kOps) {
    MoltValue f = makeBuiltinFunction(e.name, e.fn, MOLT_NONE);
    b.add(e.name, f);
    if (e.dunder && !molt_is_error(f)) b.add(e.dunder, f);
  }
  b.addType(&molt_type_itemgetter_);
  b.addType(&molt_type_attrgetter_);
  b.addType(&molt_type_methodcaller_);
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native_operator = {"operator", molt::rt::initOperatorModule, nullptr};
}
