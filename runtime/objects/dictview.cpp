// dict views (dict_keys, dict_values, dict_items) and the dict iterators.
#include <string>

#include "container_util.h"
#include "molt/dictobject.h"
#include "molt/listobject.h"
#include "molt/setobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

MoltDict *dct(MoltValue v) { return as<MoltDict>(v); }

struct DictView {
  MoltObject ob;
  MoltValue dict;
};

enum Kind { kKeys, kValues, kItems };

struct DictIterObj {
  MoltObject ob;
  MoltValue dict; // MOLT_NONE when exhausted
  DictIter state;
  int64_t rpos; // reverse iterators: next entry index to look at (counting down)
  Kind kind;
  bool reverse;
};

DictView *view(MoltValue v) { return as<DictView>(v); }

void viewDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<DictView *>(o)->dict);
  freeObject(o);
}

void viewTraverse(MoltObject *o, visitfunc visit, void *arg) {
  visit(reinterpret_cast<DictView *>(o)->dict, arg);
}

bool isKeysView(MoltValue v) { return isExact(v, &molt_type_dict_keys); }
bool isItemsView(MoltValue v) { return isExact(v, &molt_type_dict_items); }

int64_t viewLen(MoltValue self) { return dictSize(view(self)->dict); }

MoltValue viewRepr(MoltValue self) {
  int g = cu::reprEnter(molt_ptr(self));
  if (g < 0) return MOLT_ERROR;
  std::string out = molt_ptr(self)->type->name;
  if (g > 0) return strFromUtf8(out + "(...)");
  MoltValue l = sequenceList(self);
  if (molt_is_error(l)) {
    cu::reprLeave(molt_ptr(self));
    return l;
  }
  out += "(";
  int r = cu::appendRepr(out, l);
  molt_decref(l);
  cu::reprLeave(molt_ptr(self));
  if (r < 0) return MOLT_ERROR;
  out += ")";
  return cu::finishStr(out);
}

MoltValue keysIter(MoltValue self) {
  return dictIterNew(&molt_type_dict_keyiterator, view(self)->dict);
}
MoltValue valuesIter(MoltValue self) {
  return dictIterNew(&molt_type_dict_valueiterator, view(self)->dict);
}
MoltValue itemsIter(MoltValue self) {
  return dictIterNew(&molt_type_dict_itemiterator, view(self)->dict);
}

int keysContains(MoltValue self, MoltValue k) {
  MoltValue v = dictGetItem(view(self)->dict, k);
  if (molt_is_error(v)) return -1;
  return v != MOLT_UNBOUND;
}

int itemsContains(MoltValue self, MoltValue item) {
  if (!isTuple(item) || tupleSize(item) != 2) return 0;
  MoltValue k = tupleItems(item)[0];
  MoltValue v = dictGetItem(view(self)->dict, k);
  if (molt_is_error(v)) return -1;
  if (v == MOLT_UNBOUND) return 0;
  molt_incref(v);
  int r = equals(v, tupleItems(item)[1]);
  molt_decref(v);
  return r;
}

int valuesContains(MoltValue self, MoltValue x) {
  MoltValue d = view(self)->dict;
  int64_t pos = 0;
  MoltValue k, v;
  while (dictNext(d, &pos, &k, &v)) {
    molt_incref(v);
    int r = equals(v, x);
    molt_decref(v);
    if (r != 0) return r;
  }
  return 0;
}

// Every element of a is in b (both set-like): 1, 0, -1.
int allContainedIn(MoltValue a, MoltValue b) {
  int found = 1;
  int r = forEach(a, [&](MoltValue item) {
    int c = molt_contains(b, item);
    if (c < 0) return -1;
    if (!c) {
      found = 0;
      return 1;
    }
    return 0;
  });
  return r < 0 ? -1 : found;
}

MoltValue viewRichCompare(MoltValue a, MoltValue b, int op) {
  if (!isAnySet(b) && !isKeysView(b) && !isItemsView(b)) return molt_not_implemented();
  int64_t la = molt_type_of(a)->container->len(a);
  int64_t lb = molt_type_of(b)->container->len(b);
  if (la < 0 || lb < 0) return MOLT_ERROR;
  int r = 0;
  switch (op) {
  case MOLT_EQ:
  case MOLT_NE:
    r = la == lb ? allContainedIn(a, b) : 0;
    if (r >= 0 && op == MOLT_NE) r = !r;
    break;
  case MOLT_LT:
    r = la < lb ? allContainedIn(a, b) : 0;
    break;
  case MOLT_LE:
    r = la <= lb ? allContainedIn(a, b) : 0;
    break;
  case MOLT_GT:
    r = la > lb ? allContainedIn(b, a) : 0;
    break;
  case MOLT_GE:
    r = la >= lb ? allContainedIn(b, a) : 0;
    break;
  }
  if (r < 0) return MOLT_ERROR;
  return molt_bool(r);
}

// set(self) then apply a set method with other.
MoltValue viewSetOp(MoltValue self, MoltValue other, int (*op)(MoltValue set, MoltValue other)) {
  MoltValue s = setFromIterable(self, false);
  if (molt_is_error(s)) return s;
  if (op(s, other) < 0) {
    molt_decref(s);
    return MOLT_ERROR;
  }
  return s;
}

bool isView(MoltValue v) { return isKeysView(v) || isItemsView(v); }

MoltValue viewSub(MoltValue a, MoltValue b) { return viewSetOp(a, b, setDifferenceUpdateIterable); }
MoltValue viewOr(MoltValue a, MoltValue b) {
  if (!isView(a)) std::swap(a, b);
  return viewSetOp(a, b, molt_set_update);
}
MoltValue viewXor(MoltValue a, MoltValue b) {
  if (!isView(a)) std::swap(a, b);
  return viewSetOp(a, b, setSymmetricDifferenceUpdateIterable);
}
MoltValue viewAnd(MoltValue a, MoltValue b) {
  if (!isView(a)) std::swap(a, b);
  // Iterate `b` keeping what `a` contains, with CPython's choice of sides.
  int64_t la = viewLen(a);
  if (isExact(b, &molt_type_set) && la <= setSize(b)) {
    std::swap(a, b);
  } else if (isView(b) && viewLen(b) > la) {
    std::swap(a, b);
  }
  MoltValue result = setNew(false);
  if (molt_is_error(result)) return result;
  int r = forEach(b, [&](MoltValue item) {
    int c = molt_contains(a, item);
    if (c <= 0) return c;
    return molt_set_add(result, item);
  });
  if (r < 0) {
    molt_decref(result);
    return MOLT_ERROR;
  }
  return result;
}

MoltValue view_isdisjoint(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("isdisjoint", kw) < 0 || cu::exactlyOne("isdisjoint", int64_t(nargs) - 1) < 0)
    return MOLT_ERROR;
  MoltValue self = args[0], other = args[1];
  int disjoint = 1;
  int r = forEach(other, [&](MoltValue item) {
    int c = molt_contains(self, item);
    if (c < 0) return -1;
    if (c) {
      disjoint = 0;
      return 1;
    }
    return 0;
  });
  if (r < 0) return MOLT_ERROR;
  return molt_bool(disjoint);
}

MoltValue keys_reversed(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return dictIterNew(&molt_type_dict_reversekeyiterator, view(args[0])->dict);
}
MoltValue values_reversed(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return dictIterNew(&molt_type_dict_reversevalueiterator, view(args[0])->dict);
}
MoltValue items_reversed(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return dictIterNew(&molt_type_dict_reverseitemiterator, view(args[0])->dict);
}

// ---------------------------------------------------------------------------
// Iterators

void iterDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<DictIterObj *>(o)->dict);
  freeObject(o);
}

void iterTraverse(MoltObject *o, visitfunc visit, void *arg) {
  MoltValue d = reinterpret_cast<DictIterObj *>(o)->dict;
  if (molt_is_ptr(d)) visit(d, arg);
}

MoltValue makeResult(Kind kind, MoltValue k, MoltValue v) {
  switch (kind) {
  case kKeys:
    return molt_newref(k);
  case kValues:
    return molt_newref(v);
  default:
    return tuplePair(k, v);
  }
}

MoltValue dictIterNext(MoltValue self) {
  auto *it = as<DictIterObj>(self);
  if (it->dict == MOLT_NONE) return MOLT_STOP;
  auto &table = dct(it->dict)->table;
  if (it->reverse) {
    if (table.size() != it->state.expectedSize) {
      it->state.expectedSize = size_t(-1);
      return molt_raise_fmt(&molt_type_RuntimeError, "dictionary changed size during iteration");
    }
    while (it->rpos >= 0 && size_t(it->rpos) < table.entryCount()) {
      const auto &e = table.entryAt(size_t(it->rpos--));
      if (e.live) return makeResult(it->kind, e.key, e.value);
    }
    if (it->rpos >= 0 && size_t(it->rpos) >= table.entryCount()) it->rpos = -1;
  } else {
    const MoltValue *k;
    MoltValue *v;
    int r = it->state.next(table, k, v);
    if (r == 1) return makeResult(it->kind, *k, *v);
    if (r == kDictChangedSize)
      return molt_raise_fmt(&molt_type_RuntimeError, "dictionary changed size during iteration");
    if (r == kDictKeysChanged) {
      it->state.remaining = 0;
      return molt_raise_fmt(&molt_type_RuntimeError, "dictionary keys changed during iteration");
    }
  }
  molt_decref(it->dict);
  it->dict = MOLT_NONE;
  return MOLT_STOP;
}

MoltValue iter_length_hint(MoltValue, const MoltValue *args, size_t, MoltValue) {
  auto *it = as<DictIterObj>(args[0]);
  if (it->dict == MOLT_NONE) return molt_small_int(0);
  if (it->reverse) return molt_int_from_i64(dictSize(it->dict));
  if (dictSize(it->dict) != int64_t(it->state.expectedSize)) return molt_small_int(0);
  return molt_int_from_i64(int64_t(it->state.remaining));
}

const ContainerSlots kKeysContainer = {.len = viewLen, .contains = keysContains};
const ContainerSlots kValuesContainer = {.len = viewLen, .contains = valuesContains};
const ContainerSlots kItemsContainer = {.len = viewLen, .contains = itemsContains};
const NumberSlots kViewNumber = {.sub = viewSub, .and_ = viewAnd, .or_ = viewOr, .xor_ = viewXor};
const MethodDef kKeysMethods[] = {
    {"isdisjoint", view_isdisjoint, 0},
    {"__reversed__", keys_reversed, 0},
    {nullptr, nullptr, 0},
};
const MethodDef kValuesMethods[] = {
    {"__reversed__", values_reversed, 0},
    {nullptr, nullptr, 0},
};
const MethodDef kItemsMethods[] = {
    {"isdisjoint", view_isdisjoint, 0},
    {"__reversed__", items_reversed, 0},
    {nullptr, nullptr, 0},
};
const MethodDef kIterMethods[] = {
    {"__length_hint__", iter_length_hint, 0},
    {nullptr, nullptr, 0},
};

} // namespace

#define VIEW_TYPE(VAR, NAME, ITER, CONTAINER, NUMBER, CMP, METHODS)                                \
  MoltType molt::rt::VAR = {                                                                       \
      .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},                                               \
      .name = NAME,                                                                                \
      .base = &molt_type_object,                                                                   \
      .flags = kTypeImmutable,                                                                     \
      .basicsize = sizeof(DictView),                                                               \
      .dealloc = viewDealloc,                                                                      \
      .traverse = viewTraverse,                                                                    \
      .repr = viewRepr,                                                                            \
      .str = nullptr,                                                                              \
      .hash = nullptr,                                                                             \
      .richcompare = CMP,                                                                          \
      .getattr = nullptr,                                                                          \
      .setattr = nullptr,                                                                          \
      .call = nullptr,                                                                             \
      .iter = ITER,                                                                                \
      .iternext = nullptr,                                                                         \
      .number = NUMBER,                                                                            \
      .container = CONTAINER,                                                                      \
      .methods = METHODS,                                                                          \
      .getsets = nullptr,                                                                          \
      .new_ = nullptr,                                                                             \
      .dict = MOLT_NONE,                                                                           \
      .mro = MOLT_NONE,                                                                            \
      .doc = nullptr,                                                                              \
  };

VIEW_TYPE(molt_type_dict_keys, "dict_keys", keysIter, &kKeysContainer, &kViewNumber,
          viewRichCompare, kKeysMethods)
VIEW_TYPE(molt_type_dict_values, "dict_values", valuesIter, &kValuesContainer, nullptr, nullptr,
          kValuesMethods)
VIEW_TYPE(molt_type_dict_items, "dict_items", itemsIter, &kItemsContainer, &kViewNumber,
          viewRichCompare, kItemsMethods)

#define ITER_TYPE(VAR, NAME)                                                                       \
  MoltType molt::rt::VAR = {                                                                       \
      .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},                                               \
      .name = NAME,                                                                                \
      .base = &molt_type_object,                                                                   \
      .flags = kTypeImmutable,                                                                     \
      .basicsize = sizeof(DictIterObj),                                                            \
      .dealloc = iterDealloc,                                                                      \
      .traverse = iterTraverse,                                                                    \
      .iter = cu::iterSelf,                                                                        \
      .iternext = dictIterNext,                                                                    \
      .methods = kIterMethods,                                                                     \
      .dict = MOLT_NONE,                                                                           \
      .mro = MOLT_NONE,                                                                            \
  };

ITER_TYPE(molt_type_dict_keyiterator, "dict_keyiterator")
ITER_TYPE(molt_type_dict_valueiterator, "dict_valueiterator")
ITER_TYPE(molt_type_dict_itemiterator, "dict_itemiterator")
ITER_TYPE(molt_type_dict_reversekeyiterator, "dict_reversekeyiterator")
ITER_TYPE(molt_type_dict_reversevalueiterator, "dict_reversevalueiterator")
ITER_TYPE(molt_type_dict_reverseitemiterator, "dict_reverseitemiterator")

namespace molt::rt {

/// A new view of type `type` over dict.
MoltValue dictViewNew(MoltType *type, MoltValue dict) {
  auto *v = reinterpret_cast<DictView *>(allocObject(type, sizeof(DictView)));
  if (!v) return MOLT_ERROR;
  v->dict = molt_newref(dict);
  return molt_from_ptr(v);
}

/// A new dict iterator of type `type` over dict.
MoltValue dictIterNew(MoltType *type, MoltValue dict) {
  auto *it = reinterpret_cast<DictIterObj *>(allocObject(type, sizeof(DictIterObj)));
  if (!it) return MOLT_ERROR;
  it->dict = molt_newref(dict);
  it->state = DictIter::begin(dct(dict)->table);
  it->reverse = type == &molt_type_dict_reversekeyiterator ||
                type == &molt_type_dict_reversevalueiterator ||
                type == &molt_type_dict_reverseitemiterator;
  it->rpos = int64_t(dct(dict)->table.entryCount()) - 1;
  if (type == &molt_type_dict_keyiterator || type == &molt_type_dict_reversekeyiterator)
    it->kind = kKeys;
  else if (type == &molt_type_dict_valueiterator || type == &molt_type_dict_reversevalueiterator)
    it->kind = kValues;
  else
    it->kind = kItems;
  return molt_from_ptr(it);
}

} // namespace molt::rt
