// The tuple type and tuple_iterator.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "container_util.h"
#include "molt/hash.h"
#include "molt/listobject.h"
#include "molt/sliceobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

struct EmptyTuple {
  MoltObject ob;
  int64_t size;
};
EmptyTuple gEmpty = {{MOLT_IMMORTAL_REFCNT, &molt_type_tuple}, 0};

MoltTuple *tup(MoltValue v) { return as<MoltTuple>(v); }

MoltValue tupleAlloc(MoltType *type, int64_t n) {
  if (n == 0 && type == &molt_type_tuple) return molt_from_ptr(&gEmpty);
  // The byte size must fit size_t: on wasm32 a count near 2^29 wrapped.
  constexpr uint64_t kMax = (SIZE_MAX - 256) / sizeof(MoltValue) < (uint64_t(1) << 40)
                                ? (SIZE_MAX - 256) / sizeof(MoltValue)
                                : uint64_t(1) << 40;
  if (n < 0 || uint64_t(n) > kMax) {
    molt_raise_fmt(&molt_type_MemoryError, "");
    return MOLT_ERROR;
  }
  size_t size =
      (type->basicsize ? type->basicsize : sizeof(MoltTuple)) + size_t(n) * sizeof(MoltValue);
  auto *t = reinterpret_cast<MoltTuple *>(allocObject(type, size));
  if (!t) return MOLT_ERROR;
  t->size = n;
  for (int64_t i = 0; i < n; ++i)
    t->items[i] = MOLT_NONE;
  return molt_from_ptr(t);
}

void tupleDealloc(MoltObject *o) {
  if (cu::trashBegin(o)) return;
  auto *t = reinterpret_cast<MoltTuple *>(o);
  for (int64_t i = 0; i < t->size; ++i)
    molt_decref(t->items[i]);
  freeObject(o);
  cu::trashEnd();
}

void tupleTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *t = reinterpret_cast<MoltTuple *>(o);
  for (int64_t i = 0; i < t->size; ++i)
    if (molt_is_ptr(t->items[i])) visit(t->items[i], arg);
}

MoltValue tupleRepr(MoltValue self) {
  MoltTuple *t = tup(self);
  if (t->size == 0) return strFromUtf8("()");
  int g = cu::reprEnter(&t->ob);
  if (g < 0) return MOLT_ERROR;
  if (g > 0) return strFromUtf8("(...)");
  std::string out = "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    if (cu::appendRepr(out, t->items[i]) < 0) {
      cu::reprLeave(&t->ob);
      return MOLT_ERROR;
    }
  }
  out += t->size == 1 ? ",)" : ")";
  cu::reprLeave(&t->ob);
  return cu::finishStr(out);
}

int tupleHash(MoltValue self, int64_t *out) {
  MoltTuple *t = tup(self);
  TupleHasher h;
  if (molt_enter() < 0) return -1;
  for (int64_t i = 0; i < t->size; ++i) {
    int64_t ih;
    if (hashValue(t->items[i], &ih) < 0) {
      molt_leave();
      return -1;
    }
    h.add(ih);
  }
  molt_leave();
  *out = h.finish(size_t(t->size));
  return 0;
}

MoltValue tupleRichCompare(MoltValue a, MoltValue b, int op) {
  if (!isTuple(a) || !isTuple(b)) return molt_not_implemented();
  return cu::seqRichCompare(a, b, op, [](MoltValue v, int64_t &n, MoltValue *&items) {
    n = tup(v)->size;
    items = tup(v)->items;
  });
}

int64_t tupleLen(MoltValue self) { return tup(self)->size; }

MoltValue tupleSlice(MoltValue self, int64_t start, int64_t step, int64_t n) {
  MoltTuple *t = tup(self);
  if (n == t->size && step == 1 && isExact(self, &molt_type_tuple)) return molt_newref(self);
  MoltValue r = tupleNew(n);
  if (molt_is_error(r)) return r;
  for (int64_t i = 0, j = start; i < n; ++i, j += step)
    tup(r)->items[i] = molt_newref(t->items[j]);
  return r;
}

MoltValue tupleGetItem(MoltValue self, MoltValue key) {
  MoltTuple *t = tup(self);
  if (isSlice(key)) {
    int64_t start, stop, step, n;
    if (sliceIndices(key, t->size, &start, &stop, &step, &n) < 0) return MOLT_ERROR;
    return tupleSlice(self, start, step, n);
  }
  int64_t i;
  if (cu::seqIndex(key, "tuple", &i) < 0) return MOLT_ERROR;
  if (i < 0) i += t->size;
  if (i < 0 || i >= t->size)
    return molt_raise_fmt(&molt_type_IndexError, "tuple index out of range");
  return molt_newref(t->items[i]);
}

int tupleContains(MoltValue self, MoltValue item) {
  MoltTuple *t = tup(self);
  for (int64_t i = 0; i < t->size; ++i) {
    int r = equals(t->items[i], item);
    if (r != 0) return r;
  }
  return 0;
}

MoltValue tupleConcat(MoltValue a, MoltValue b) {
  if (!isTuple(a)) return molt_not_implemented();
  if (!isTuple(b))
    return molt_raise_fmt(&molt_type_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                          typeName(b));
  MoltTuple *x = tup(a), *y = tup(b);
  if (y->size == 0 && isExact(a, &molt_type_tuple)) return molt_newref(a);
  if (x->size == 0 && isExact(b, &molt_type_tuple)) return molt_newref(b);
  MoltValue r = tupleNew(x->size + y->size);
  if (molt_is_error(r)) return r;
  for (int64_t i = 0; i < x->size; ++i)
    tup(r)->items[i] = molt_newref(x->items[i]);
  for (int64_t i = 0; i < y->size; ++i)
    tup(r)->items[x->size + i] = molt_newref(y->items[i]);
  return r;
}

MoltValue tupleRepeat(MoltValue a, MoltValue b) {
  MoltValue seq = a, count = b;
  if (!isTuple(seq)) std::swap(seq, count);
  if (!isTuple(seq)) return molt_not_implemented();
  MoltType *ct = molt_type_of(count);
  if (!cu::isInt(count) && !(ct->number && ct->number->index))
    return molt_raise_fmt(&molt_type_TypeError, "can't multiply sequence by non-int of type '%s'",
                          typeName(count));
  int64_t n;
  if (indexAsI64(count, &n) < 0) {
    if (cu::clearOverflow())
      return molt_raise_fmt(&molt_type_OverflowError,
                            "cannot fit 'int' into an index-sized integer");
    return MOLT_ERROR;
  }
  MoltTuple *t = tup(seq);
  if (n < 0) n = 0;
  if (n == 1 && isExact(seq, &molt_type_tuple)) return molt_newref(seq);
  if (t->size == 0 || n == 0) return tupleEmpty();
  if (n > INT64_MAX / 16 / t->size) return molt_raise_fmt(&molt_type_MemoryError, "");
  MoltValue r = tupleNew(t->size * n);
  if (molt_is_error(r)) return r;
  MoltValue *dst = tup(r)->items;
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < t->size; ++i)
      *dst++ = molt_newref(t->items[i]);
  return r;
}

MoltValue tupleIter(MoltValue self) { return cu::seqIterNew(&molt_type_tuple_iterator, self, 0); }

MoltValue tupleIterNext(MoltValue self) {
  auto *it = as<cu::SeqIter>(self);
  if (it->seq == MOLT_NONE) return MOLT_STOP;
  MoltTuple *t = tup(it->seq);
  if (it->index < t->size) return molt_newref(t->items[it->index++]);
  molt_decref(it->seq);
  it->seq = MOLT_NONE;
  return MOLT_STOP;
}

// tuple.count(x)
MoltValue tuple_count(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("tuple.count", kwnames) < 0 ||
      cu::exactlyOne("tuple.count", int64_t(nargs) - 1) < 0)
    return MOLT_ERROR;
  MoltTuple *t = tup(args[0]);
  int64_t c = 0;
  for (int64_t i = 0; i < t->size; ++i) {
    int r = equals(t->items[i], args[1]);
    if (r < 0) return MOLT_ERROR;
    c += r;
  }
  return molt_int_from_i64(c);
}

// tuple.index(x[, start[, stop]])
MoltValue tuple_index(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("index", kwnames) < 0 ||
      cu::checkArgRange("index", int64_t(nargs) - 1, 1, 3) < 0)
    return MOLT_ERROR;
  MoltTuple *t = tup(args[0]);
  const char *msg = "slice indices must be integers or have an __index__ method";
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 2 && cu::clampedIndex(args[2], msg, &start) < 0) return MOLT_ERROR;
  if (nargs > 3 && cu::clampedIndex(args[3], msg, &stop) < 0) return MOLT_ERROR;
  if (start < 0) {
    start += t->size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += t->size;
  }
  for (int64_t i = start; i < stop && i < t->size; ++i) {
    int r = equals(t->items[i], args[1]);
    if (r < 0) return MOLT_ERROR;
    if (r) return molt_int_from_i64(i);
  }
  return molt_raise_fmt(&molt_type_ValueError, "tuple.index(x): x not in tuple");
}

MoltValue tuple_getnewargs(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (cu::noArgs("__getnewargs__", int64_t(nargs) - 1) < 0) return MOLT_ERROR;
  MoltValue copy = tupleSlice(args[0], 0, 1, tup(args[0])->size);
  if (molt_is_error(copy)) return copy;
  MoltValue r = molt_tuple_new(&copy, 1);
  molt_decref(copy);
  return r;
}

MoltValue tupleNewFn(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("tuple", kwnames) < 0 || cu::checkArgRange("tuple", int64_t(nargs), 0, 1) < 0)
    return MOLT_ERROR;
  if (type == &molt_type_tuple) return nargs == 0 ? tupleEmpty() : sequenceTuple(args[0]);
  MoltValue src = nargs == 0 ? tupleEmpty() : sequenceTuple(args[0]);
  if (molt_is_error(src)) return src;
  MoltValue r = tupleAlloc(type, tup(src)->size);
  if (!molt_is_error(r))
    for (int64_t i = 0; i < tup(src)->size; ++i)
      tup(r)->items[i] = molt_newref(tup(src)->items[i]);
  molt_decref(src);
  return r;
}

const NumberSlots kTupleNumber = {.add = tupleConcat, .mul = tupleRepeat};
const ContainerSlots kTupleContainer = {.len = tupleLen,
                                        .getitem = tupleGetItem,
                                        .setitem = nullptr,
                                        .contains = tupleContains,
                                        .concat = nullptr};
// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kTupleMethods[] = {
    {"count", nullptr, 0},
    {"index", nullptr, 0},
    {"__getnewargs__", tuple_getnewargs, 0},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_tuple_count(void) { installMethod(kTupleMethods, "count", tuple_count); }
extern "C" void molt_use_tuple_index(void) { installMethod(kTupleMethods, "index", tuple_index); }

} // namespace

MoltType molt_type_tuple = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "tuple",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable | kTypeTupleSubclass,
    .basicsize = sizeof(MoltTuple),
    .dealloc = tupleDealloc,
    .traverse = tupleTraverse,
    .repr = tupleRepr,
    .str = nullptr,
    .hash = tupleHash,
    .richcompare = tupleRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = tupleIter,
    .iternext = nullptr,
    .number = &kTupleNumber,
    .container = &kTupleContainer,
    .methods = kTupleMethods,
    .getsets = nullptr,
    .new_ = tupleNewFn,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = "Built-in immutable sequence.",
};

MoltType molt::rt::molt_type_tuple_iterator = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "tuple_iterator",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(cu::SeqIter),
    .dealloc = cu::seqIterDealloc,
    .traverse = cu::seqIterTraverse,
    .repr = nullptr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = cu::iterSelf,
    .iternext = tupleIterNext,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

namespace molt::rt {

MoltValue tupleNew(int64_t n) { return tupleAlloc(&molt_type_tuple, n); }

MoltValue tupleEmpty() { return molt_from_ptr(&gEmpty); }

bool isTuple(MoltValue v) {
  if (!molt_is_ptr(v)) return false;
  MoltType *t = molt_ptr(v)->type;
  return t == &molt_type_tuple || (t->flags & kTypeTupleSubclass) != 0;
}

MoltValue sequenceTuple(MoltValue iterable) {
  if (isExact(iterable, &molt_type_tuple)) return molt_newref(iterable);
  if (isList(iterable)) {
    MoltList *l = as<MoltList>(iterable);
    return molt_tuple_new(l->items, size_t(l->size));
  }
  MoltValue list = sequenceList(iterable);
  if (molt_is_error(list)) return list;
  MoltValue r = molt_list_as_tuple(list);
  molt_decref(list);
  return r;
}

MoltValue tuplePair(MoltValue a, MoltValue b) {
  MoltValue r = tupleNew(2);
  if (molt_is_error(r)) return r;
  tup(r)->items[0] = molt_newref(a);
  tup(r)->items[1] = molt_newref(b);
  return r;
}

} // namespace molt::rt

extern "C" MoltValue molt_tuple_new(const MoltValue *items, size_t n) {
  MoltValue r = tupleNew(int64_t(n));
  if (molt_is_error(r)) return r;
  for (size_t i = 0; i < n; ++i)
    tup(r)->items[i] = molt_newref(items[i]);
  return r;
}

extern "C" MoltValue molt_const_tuple(const MoltValue *items, size_t n) {
  if (n == 0) return tupleEmpty();
  MoltValue r = molt_tuple_new(items, n);
  if (!molt_is_error(r)) makeImmortal(molt_ptr(r));
  return r;
}
