// The dict type.
#include <new>
#include <string>

#include "container_util.h"
#include "molt/dictobject.h"
#include "molt/heaptype.h"
#include "molt/listobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

using Table = DictTable<MoltValue, MoltValue>;

MoltDict *dct(MoltValue v) { return as<MoltDict>(v); }

MoltValue dictAlloc(MoltType *type) {
  auto *d = reinterpret_cast<MoltDict *>(
      allocObject(type, type->basicsize ? type->basicsize : sizeof(MoltDict)));
  if (!d) return MOLT_ERROR;
  new (&d->table) Table();
  return molt_from_ptr(d);
}

void dictDealloc(MoltObject *o) {
  if (cu::trashBegin(o)) return;
  auto *d = reinterpret_cast<MoltDict *>(o);
  for (size_t i = 0; i < d->table.entryCount(); ++i) {
    const auto &e = d->table.entryAt(i);
    if (!e.live) continue;
    molt_decref(e.key);
    molt_decref(e.value);
  }
  d->table.~Table();
  freeObject(o);
  cu::trashEnd();
}

void dictTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *d = reinterpret_cast<MoltDict *>(o);
  for (size_t i = 0; i < d->table.entryCount(); ++i) {
    const auto &e = d->table.entryAt(i);
    if (!e.live) continue;
    if (molt_is_ptr(e.key)) visit(e.key, arg);
    if (molt_is_ptr(e.value)) visit(e.value, arg);
  }
}

// Drops every entry (d.clear()), releasing references after the table is empty.
void dictClearAll(MoltDict *d) {
  Table old;
  old.swap(d->table);
  for (size_t i = 0; i < old.entryCount(); ++i) {
    const auto &e = old.entryAt(i);
    if (!e.live) continue;
    molt_decref(e.key);
    molt_decref(e.value);
  }
}

MoltValue dictRepr(MoltValue self) {
  MoltDict *d = dct(self);
  if (d->table.size() == 0) return strFromUtf8("{}");
  int g = cu::reprEnter(&d->ob);
  if (g < 0) return MOLT_ERROR;
  if (g > 0) return strFromUtf8("{...}");
  std::string out = "{";
  size_t pos = 0;
  const MoltValue *k;
  MoltValue *v;
  bool first = true;
  while (d->table.next(pos, k, v)) {
    if (!first) out += ", ";
    first = false;
    MoltValue key = molt_newref(*k), val = molt_newref(*v);
    int r = cu::appendRepr(out, key);
    if (r == 0) {
      out += ": ";
      r = cu::appendRepr(out, val);
    }
    molt_decref(key);
    molt_decref(val);
    if (r < 0) {
      cu::reprLeave(&d->ob);
      return MOLT_ERROR;
    }
  }
  out += "}";
  cu::reprLeave(&d->ob);
  return cu::finishStr(out);
}

// 1 equal, 0 not, -1 error.
int dictEqual(MoltDict *a, MoltDict *b) {
  if (a->table.size() != b->table.size()) return 0;
  for (size_t i = 0; i < a->table.entryCount(); ++i) {
    const auto &e = a->table.entryAt(i);
    if (!e.live) continue;
    MoltValue key = molt_newref(e.key), val = molt_newref(e.value);
    MoltValue *bv = nullptr;
    int r = b->table.lookup(key, e.hash, cu::eqCallback, &bv);
    if (r == 1) {
      MoltValue other = molt_newref(*bv);
      r = equals(val, other);
      molt_decref(other);
    } else if (r < 0) {
      cu::raiseTableStatus(r);
      r = -1;
    }
    molt_decref(key);
    molt_decref(val);
    if (r <= 0) return r;
    if (a->table.size() != b->table.size()) return 0;
  }
  return 1;
}

MoltValue dictRichCompare(MoltValue a, MoltValue b, int op) {
  if (!isDict(a) || !isDict(b) || (op != MOLT_EQ && op != MOLT_NE)) return molt_not_implemented();
  int r = dictEqual(dct(a), dct(b));
  if (r < 0) return MOLT_ERROR;
  return molt_bool((r == 1) == (op == MOLT_EQ));
}

int64_t dictLen(MoltValue self) { return int64_t(dct(self)->table.size()); }

MoltValue dictSubscript(MoltValue self, MoltValue key) {
  int64_t h;
  if (cu::hashOf(key, &h) < 0) return MOLT_ERROR;
  MoltValue v = dictGetItemHashed(self, key, h);
  if (molt_is_error(v)) return v;
  if (v != MOLT_UNBOUND) return molt_newref(v);
  if (!isExact(self, &molt_type_dict)) {
    // Special-method lookup on the type (never the instance or __getattr__).
    MoltValue res = molt::rt::callSpecialC(self, "__missing__", &key, 1);
    if (res != MOLT_UNBOUND) return res;
  }
  return cu::raiseKeyError(key);
}

int dictAssSubscript(MoltValue self, MoltValue key, MoltValue v) {
  if (v != MOLT_UNBOUND) return molt_dict_setitem(self, key, v);
  int r = dictDelItem(self, key);
  if (r < 0) return -1;
  if (r == 0) {
    cu::raiseKeyError(key);
    return -1;
  }
  return 0;
}

int dictContains(MoltValue self, MoltValue key) {
  int64_t h;
  if (cu::hashOf(key, &h) < 0) return -1;
  int r = dct(self)->table.lookup(key, h, cu::eqCallback);
  if (r < 0) {
    cu::raiseTableStatus(r);
    return -1;
  }
  return r;
}

MoltValue dictOr(MoltValue a, MoltValue b) {
  if (!isDict(a) || !isDict(b)) return molt_not_implemented();
  MoltValue r = dictCopy(a);
  if (molt_is_error(r)) return r;
  if (molt_dict_update(r, b) < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

MoltValue dictIor(MoltValue a, MoltValue b) {
  if (dictUpdateArg(a, b) < 0) return MOLT_ERROR;
  return molt_newref(a);
}

MoltValue dictIter(MoltValue self) { return dictIterNew(&molt_type_dict_keyiterator, self); }

#define NPOS (int64_t(nargs) - 1)

MoltValue dict_keys(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("dict.keys", kw) < 0 || cu::noArgs("dict.keys", NPOS) < 0) return MOLT_ERROR;
  return dictViewNew(&molt_type_dict_keys, args[0]);
}
MoltValue dict_values(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("dict.values", kw) < 0 || cu::noArgs("dict.values", NPOS) < 0) return MOLT_ERROR;
  return dictViewNew(&molt_type_dict_values, args[0]);
}
MoltValue dict_items(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("dict.items", kw) < 0 || cu::noArgs("dict.items", NPOS) < 0) return MOLT_ERROR;
  return dictViewNew(&molt_type_dict_items, args[0]);
}
MoltValue dict_reversed(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("dict.__reversed__", kw) < 0 || cu::noArgs("dict.__reversed__", NPOS) < 0)
    return MOLT_ERROR;
  return dictIterNew(&molt_type_dict_reversekeyiterator, args[0]);
}

MoltValue dict_get(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("get", kw) < 0 || cu::checkArgRange("get", NPOS, 1, 2) < 0) return MOLT_ERROR;
  MoltValue v = dictGetItem(args[0], args[1]);
  if (molt_is_error(v)) return v;
  if (v == MOLT_UNBOUND) return molt_newref(nargs > 2 ? args[2] : MOLT_NONE);
  return molt_newref(v);
}

MoltValue dict_setdefault(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("setdefault", kw) < 0 || cu::checkArgRange("setdefault", NPOS, 1, 2) < 0)
    return MOLT_ERROR;
  int64_t h;
  if (cu::hashOf(args[1], &h) < 0) return MOLT_ERROR;
  MoltValue v = dictGetItemHashed(args[0], args[1], h);
  if (molt_is_error(v)) return v;
  if (v != MOLT_UNBOUND) return molt_newref(v);
  MoltValue dflt = nargs > 2 ? args[2] : MOLT_NONE;
  if (dictSetItemHashed(args[0], args[1], h, dflt) < 0) return MOLT_ERROR;
  return molt_newref(dflt);
}

MoltValue dict_pop(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("pop", kw) < 0 || cu::checkArgRange("pop", NPOS, 1, 2) < 0) return MOLT_ERROR;
  int64_t h;
  if (cu::hashOf(args[1], &h) < 0) return MOLT_ERROR;
  MoltValue oldK = MOLT_NONE, oldV = MOLT_NONE;
  int r = dct(args[0])->table.remove(args[1], h, cu::eqCallback, &oldK, &oldV);
  if (r < 0) {
    cu::raiseTableStatus(r);
    return MOLT_ERROR;
  }
  if (r == 0) {
    if (nargs > 2) return molt_newref(args[2]);
    return cu::raiseKeyError(args[1]);
  }
  molt_decref(oldK);
  return oldV;
}

MoltValue dict_popitem(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("dict.popitem", kw) < 0 || cu::noArgs("dict.popitem", NPOS) < 0)
    return MOLT_ERROR;
  MoltValue k, v;
  if (!dct(args[0])->table.popitem(k, v))
    return molt_raise_fmt(&molt_type_KeyError, "popitem(): dictionary is empty");
  MoltValue r = tupleNew(2);
  if (molt_is_error(r)) {
    molt_decref(k);
    molt_decref(v);
    return r;
  }
  tupleItems(r)[0] = k;
  tupleItems(r)[1] = v;
  return r;
}

// Applies the keyword arguments of update()/dict() to d.
int applyKwargs(MoltValue d, const MoltValue *kwvalues, MoltValue kw) {
  for (int64_t i = 0; i < cu::kwCount(kw); ++i)
    if (molt_dict_setitem(d, cu::kwName(kw, i), kwvalues[i]) < 0) return -1;
  return 0;
}

MoltValue dict_update(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::checkArgRange("update", NPOS, 0, 1) < 0) return MOLT_ERROR;
  if (nargs > 1 && dictUpdateArg(args[0], args[1]) < 0) return MOLT_ERROR;
  if (applyKwargs(args[0], args + nargs, kw) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue dict_clear(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("dict.clear", kw) < 0 || cu::noArgs("dict.clear", NPOS) < 0) return MOLT_ERROR;
  dictClearAll(dct(args[0]));
  return MOLT_NONE;
}

MoltValue dict_copy(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("dict.copy", kw) < 0 || cu::noArgs("dict.copy", NPOS) < 0) return MOLT_ERROR;
  return dictCopy(args[0]);
}

MoltValue dict_fromkeys(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("fromkeys", kw) < 0 || cu::checkArgRange("fromkeys", NPOS, 1, 2) < 0)
    return MOLT_ERROR;
  MoltValue type = args[0];
  MoltValue value = nargs > 2 ? args[2] : MOLT_NONE;
  bool exact = molt_ptr(type) == &molt_type_dict.ob;
  MoltValue d = exact ? dictNew() : molt_call(type, nullptr, 0, MOLT_NONE);
  if (molt_is_error(d)) return d;
  bool fast = isExact(d, &molt_type_dict);
  int r = forEach(args[1], [&](MoltValue k) {
    return fast ? molt_dict_setitem(d, k, value) : molt_setitem(d, k, value);
  });
  if (r < 0) {
    molt_decref(d);
    return MOLT_ERROR;
  }
  return d;
}

MoltValue dict_getitem_m(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("dict.__getitem__", kw) < 0 || cu::exactlyOne("dict.__getitem__", NPOS) < 0)
    return MOLT_ERROR;
  return dictSubscript(args[0], args[1]);
}

MoltValue dict_contains_m(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("dict.__contains__", kw) < 0 || cu::exactlyOne("dict.__contains__", NPOS) < 0)
    return MOLT_ERROR;
  int r = dictContains(args[0], args[1]);
  return r < 0 ? MOLT_ERROR : molt_bool(r);
}

MoltValue dict_class_getitem(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return molt_newref(args[0]);
}

MoltValue dictNewFn(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::checkArgRange("dict", int64_t(nargs), 0, 1) < 0) return MOLT_ERROR;
  MoltValue d = dictAlloc(type);
  if (molt_is_error(d)) return d;
  if ((nargs > 0 && dictUpdateArg(d, args[0]) < 0) || applyKwargs(d, args + nargs, kwnames) < 0) {
    molt_decref(d);
    return MOLT_ERROR;
  }
  return d;
}

const NumberSlots kDictNumber = {.or_ = dictOr, .ior = dictIor};
const ContainerSlots kDictContainer = {.len = dictLen,
                                       .getitem = dictSubscript,
                                       .setitem = dictAssSubscript,
                                       .contains = dictContains};
// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kDictMethods[] = {
    {"keys", dict_keys, 0},
    {"values", dict_values, 0},
    {"items", dict_items, 0},
    {"get", dict_get, 0},
    {"setdefault", nullptr, 0},
    {"pop", nullptr, 0},
    {"popitem", nullptr, 0},
    {"update", dict_update, 0},
    {"clear", dict_clear, 0},
    {"copy", dict_copy, 0},
    {"fromkeys", nullptr, kMethClass},
    {"__reversed__", dict_reversed, 0},
    {"__getitem__", dict_getitem_m, 0},
    {"__contains__", dict_contains_m, 0},
    {"__class_getitem__", dict_class_getitem, kMethClass},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_dict_setdefault(void) {
  installMethod(kDictMethods, "setdefault", dict_setdefault);
}
extern "C" void molt_use_dict_pop(void) { installMethod(kDictMethods, "pop", dict_pop); }
extern "C" void molt_use_dict_popitem(void) {
  installMethod(kDictMethods, "popitem", dict_popitem);
}
extern "C" void molt_use_dict_fromkeys(void) {
  installMethod(kDictMethods, "fromkeys", dict_fromkeys);
}

} // namespace

MoltType molt_type_dict = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "dict",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable | kTypeDictSubclass,
    .basicsize = sizeof(MoltDict),
    .dealloc = dictDealloc,
    .traverse = dictTraverse,
    .repr = dictRepr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = dictRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = dictIter,
    .iternext = nullptr,
    .number = &kDictNumber,
    .container = &kDictContainer,
    .methods = kDictMethods,
    .getsets = nullptr,
    .new_ = dictNewFn,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

namespace molt::rt {

bool isDict(MoltValue v) {
  if (!molt_is_ptr(v)) return false;
  MoltType *t = molt_ptr(v)->type;
  return t == &molt_type_dict || (t->flags & kTypeDictSubclass) != 0;
}

MoltValue dictNew() { return dictAlloc(&molt_type_dict); }

MoltValue dictGetItemHashed(MoltValue d, MoltValue k, hash_t h) {
  MoltValue *v = nullptr;
  int r = dct(d)->table.lookup(k, h, cu::eqCallback, &v);
  if (r < 0) {
    cu::raiseTableStatus(r);
    return MOLT_ERROR;
  }
  return r ? *v : MOLT_UNBOUND;
}

MoltValue dictGetItem(MoltValue d, MoltValue k) {
  int64_t h;
  if (cu::hashOf(k, &h) < 0) return MOLT_ERROR;
  return dictGetItemHashed(d, k, h);
}

int dictSetItemHashed(MoltValue d, MoltValue k, hash_t h, MoltValue v) {
  MoltValue old = MOLT_NONE;
  int r = dct(d)->table.insert(k, h, v, cu::eqCallback, &old);
  if (r < 0) {
    cu::raiseTableStatus(r);
    return -1;
  }
  molt_incref(v);
  if (r == 1)
    molt_incref(k);
  else
    molt_decref(old);
  return 0;
}

bool dictNext(MoltValue d, int64_t *pos, MoltValue *k, MoltValue *v) {
  size_t p = size_t(*pos);
  const MoltValue *kp;
  MoltValue *vp;
  if (!dct(d)->table.next(p, kp, vp)) return false;
  *pos = int64_t(p);
  *k = *kp;
  *v = *vp;
  return true;
}

int64_t dictSize(MoltValue d) { return int64_t(dct(d)->table.size()); }

int dictDelItem(MoltValue d, MoltValue k) {
  int64_t h;
  if (cu::hashOf(k, &h) < 0) return -1;
  MoltValue oldK = MOLT_NONE, oldV = MOLT_NONE;
  int r = dct(d)->table.remove(k, h, cu::eqCallback, &oldK, &oldV);
  if (r < 0) {
    cu::raiseTableStatus(r);
    return -1;
  }
  if (r == 1) {
    molt_decref(oldK);
    molt_decref(oldV);
  }
  return r;
}

MoltValue dictCopy(MoltValue d) {
  MoltValue r = dictNew();
  if (molt_is_error(r)) return r;
  if (!dct(d)->table.copyTo(dct(r)->table)) {
    molt_decref(r);
    return molt_raise_fmt(&molt_type_MemoryError, "");
  }
  MoltDict *n = dct(r);
  for (size_t i = 0; i < n->table.entryCount(); ++i) {
    const auto &e = n->table.entryAt(i);
    molt_incref(e.key);
    molt_incref(e.value);
  }
  return r;
}

// Merges a dict's entries into d (override existing keys): 0 or -1.
static int mergeDict(MoltValue d, MoltValue other) {
  if (d == other) return 0;
  MoltDict *o = dct(other);
  size_t n = o->table.size();
  if (dct(d)->table.size() == 0) dct(d)->table.reserve(n);
  for (size_t i = 0; i < o->table.entryCount(); ++i) {
    const auto &e = o->table.entryAt(i);
    if (!e.live) continue;
    MoltValue k = molt_newref(e.key), v = molt_newref(e.value);
    int r = dictSetItemHashed(d, k, e.hash, v);
    molt_decref(k);
    molt_decref(v);
    if (r < 0) return -1;
    if (o->table.size() != n) {
      molt_raise_fmt(&molt_type_RuntimeError, "dict mutated during update");
      return -1;
    }
  }
  return 0;
}

// Merges a mapping with keys() and __getitem__: 0 or -1.
static int mergeMapping(MoltValue d, MoltValue other, MoltValue keysFn) {
  MoltValue keys = molt_call(keysFn, nullptr, 0, MOLT_NONE);
  if (molt_is_error(keys)) return -1;
  int r = forEach(keys, [&](MoltValue k) {
    MoltValue v = molt_getitem(other, k);
    if (molt_is_error(v)) return -1;
    int s = molt_dict_setitem(d, k, v);
    molt_decref(v);
    return s;
  });
  molt_decref(keys);
  return r;
}

// Merges an iterable of key/value pairs: 0 or -1.
static int mergePairs(MoltValue d, MoltValue seq) {
  int64_t index = 0;
  return forEach(seq, [&](MoltValue item) {
    MoltValue pair;
    if (isTuple(item) || isList(item)) {
      pair = molt_newref(item);
    } else {
      pair = sequenceList(item);
      if (molt_is_error(pair)) {
        MoltValue exc = molt_err_fetch();
        if (isInstance(exc, &molt_type_TypeError)) {
          molt_decref(exc);
          molt_raise_fmt(&molt_type_TypeError,
                         "cannot convert dictionary update sequence element #%lld to a sequence",
                         (long long)index);
        } else {
          molt_err_restore(exc);
          molt_decref(exc);
        }
        return -1;
      }
    }
    int64_t n = isTuple(pair) ? tupleSize(pair) : as<MoltList>(pair)->size;
    if (n != 2) {
      molt_decref(pair);
      molt_raise_fmt(&molt_type_ValueError,
                     "dictionary update sequence element #%lld has length %lld; 2 is required",
                     (long long)index, (long long)n);
      return -1;
    }
    MoltValue *it = isTuple(pair) ? tupleItems(pair) : as<MoltList>(pair)->items;
    MoltValue k = molt_newref(it[0]), v = molt_newref(it[1]);
    int r = molt_dict_setitem(d, k, v);
    molt_decref(k);
    molt_decref(v);
    molt_decref(pair);
    ++index;
    return r;
  });
}

int dictUpdateArg(MoltValue d, MoltValue other) {
  if (isExact(other, &molt_type_dict)) return mergeDict(d, other);
  MoltValue keysFn;
  int r = cu::lookupAttrOptional(other, "keys", &keysFn);
  if (r < 0) return -1;
  if (r > 0) {
    r = mergeMapping(d, other, keysFn);
    molt_decref(keysFn);
    return r;
  }
  return mergePairs(d, other);
}

} // namespace molt::rt

// The "f()" description of a callable in call errors: module.qualname() or qualname().
static std::string functionStr(MoltValue callable) {
  std::string out;
  MoltValue q;
  int r = cu::lookupAttrOptional(callable, "__qualname__", &q);
  if (r <= 0 || !isStr(q)) {
    if (r < 0) molt_decref(molt_err_fetch());
    if (r > 0) molt_decref(q);
    MoltValue s = molt_str(callable);
    if (molt_is_error(s)) {
      molt_decref(molt_err_fetch());
      return "function";
    }
    out = strView(s);
    molt_decref(s);
    return out;
  }
  MoltValue m;
  r = cu::lookupAttrOptional(callable, "__module__", &m);
  if (r < 0) molt_decref(molt_err_fetch());
  if (r > 0) {
    if (isStr(m) && strView(m) != "builtins") {
      out = strView(m);
      out += ".";
    }
    molt_decref(m);
  }
  out += strView(q);
  out += "()";
  molt_decref(q);
  return out;
}

extern "C" {

MoltValue molt_dict_new(const MoltValue *kv, size_t n) {
  MoltValue d = dictNew();
  if (molt_is_error(d)) return d;
  if (n > 0) dct(d)->table.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    if (molt_dict_setitem(d, kv[2 * i], kv[2 * i + 1]) < 0) {
      molt_decref(d);
      return MOLT_ERROR;
    }
  }
  return d;
}

int molt_dict_setitem(MoltValue dict, MoltValue k, MoltValue v) {
  int64_t h;
  if (cu::hashOf(k, &h) < 0) return -1;
  return dictSetItemHashed(dict, k, h, v);
}

int molt_dict_update(MoltValue dict, MoltValue mapping) {
  if (isDict(mapping) && isExact(mapping, &molt_type_dict)) return mergeDict(dict, mapping);
  MoltValue keysFn;
  int r = cu::lookupAttrOptional(mapping, "keys", &keysFn);
  if (r < 0) return -1;
  if (r == 0) {
    molt_raise_fmt(&molt_type_TypeError, "'%s' object is not a mapping", typeName(mapping));
    return -1;
  }
  r = mergeMapping(dict, mapping, keysFn);
  molt_decref(keysFn);
  return r;
}

int molt_dict_merge_kwargs(MoltValue dict, MoltValue mapping, MoltValue callable) {
  MoltValue keys;
  bool isD = isDict(mapping);
  MoltValue keysFn = MOLT_NONE;
  if (!isD) {
    int r = cu::lookupAttrOptional(mapping, "keys", &keysFn);
    if (r < 0) return -1;
    if (r == 0) {
      std::string fn = functionStr(callable);
      molt_raise_fmt(&molt_type_TypeError, "%s argument after ** must be a mapping, not %s",
                     fn.c_str(), typeName(mapping));
      return -1;
    }
    keys = molt_call(keysFn, nullptr, 0, MOLT_NONE);
    molt_decref(keysFn);
  } else {
    keys = listNew(0);
    if (!molt_is_error(keys)) {
      int64_t pos = 0;
      MoltValue k, v;
      while (dictNext(mapping, &pos, &k, &v))
        if (molt_list_append(keys, k) < 0) {
          molt_decref(keys);
          return -1;
        }
    }
  }
  if (molt_is_error(keys)) return -1;
  int r = forEach(keys, [&](MoltValue k) {
    if (!isStr(k)) {
      molt_raise_fmt(&molt_type_TypeError, "keywords must be strings");
      return -1;
    }
    int c = dictContains(dict, k);
    if (c < 0) return -1;
    if (c) {
      std::string fn = functionStr(callable);
      std::string_view name = strView(k);
      molt_raise_fmt(&molt_type_TypeError, "%s got multiple values for keyword argument '%.*s'",
                     fn.c_str(), int(name.size()), name.data());
      return -1;
    }
    MoltValue v = isD ? dictGetItem(mapping, k) : molt_getitem(mapping, k);
    if (molt_is_error(v)) return -1;
    if (isD) {
      if (v == MOLT_UNBOUND) return cu::raiseKeyError(k), -1;
      molt_incref(v);
    }
    int s = molt_dict_setitem(dict, k, v);
    molt_decref(v);
    return s;
  });
  molt_decref(keys);
  return r;
}

} // extern "C"
