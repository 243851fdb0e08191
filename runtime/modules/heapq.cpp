// The `heapq` module (native): the binary min-heap functions over lists, with
// CPython's sift strategy (heappop/heapreplace move the smaller child up to a
// leaf, then sift the new item back down), so the list contents after every
// operation equal CPython's. merge is a native iterator; nlargest/nsmallest
// return what sorted(...)[:n] returns (their documented equivalence).
#include <string>
#include <vector>

#include "native.h"

using namespace molt::rt;

namespace {

/// What lessQuick answers when a < b needs a dispatched comparison.
constexpr int kNeedsDispatch = 2;

/// a < b as 1 or 0 for small ints, floats and exact tuples whose first
/// differing items are such numbers (priority-queue entries like
/// (dist, node)): no code of the program runs, so the sifts need not hold
/// references to the items. Anything else is kNeedsDispatch.
inline int lessQuick(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b))
    return molt_small_int_val(a) < molt_small_int_val(b);
  if (molt_is_float(a) && molt_is_float(b)) return molt_float_val(a) < molt_float_val(b);
  if (isExact(a, &molt_type_tuple) && isExact(b, &molt_type_tuple)) {
    // The first differing item decides, as tuple comparison does.
    int64_t na = tupleSize(a), nb = tupleSize(b);
    const MoltValue *ia = tupleItems(a), *ib = tupleItems(b);
    int64_t n = na < nb ? na : nb;
    for (int64_t i = 0; i < n; i++) {
      MoltValue x = ia[i], y = ib[i];
      if (x == y) continue;
      if (molt_is_small_int(x) && molt_is_small_int(y))
        return molt_small_int_val(x) < molt_small_int_val(y);
      if (molt_is_float(x) && molt_is_float(y)) {
        double u = molt_float_val(x), v = molt_float_val(y);
        if (u == v) continue;
        return u < v;
      }
      return kNeedsDispatch;
    }
    return na < nb;
  }
  return kNeedsDispatch;
}

/// a < b as 1, 0, or -1 with an exception set.
inline int less(MoltValue a, MoltValue b) {
  int lt = lessQuick(a, b);
  return lt != kNeedsDispatch ? lt : molt_compare_bool(a, b, MOLT_LT);
}

/// less(a, b) holding references to both for the duration of a dispatched
/// comparison, which may run code that changes the heap under it.
inline int lessHeld(MoltValue a, MoltValue b) {
  int lt = lessQuick(a, b);
  if (lt != kNeedsDispatch) return lt;
  molt_incref(a);
  molt_incref(b);
  lt = molt_compare_bool(a, b, MOLT_LT);
  molt_decref(a);
  molt_decref(b);
  return lt;
}

MoltList *listOf(MoltValue v) { return as<MoltList>(v); }

/// The list changed size under a comparison: CPython's RuntimeError.
int changed() {
  molt_raise_fmt(&molt_type_RuntimeError, "list changed size during iteration");
  return -1;
}

/// Moves the item at pos up towards startpos while it is smaller than its parent.
int siftDown(MoltValue heapv, int64_t startpos, int64_t pos, bool maxHeap) {
  MoltList *heap = listOf(heapv);
  int64_t size = heap->size;
  MoltValue newitem = heap->items[pos];
  molt_incref(newitem);
  while (pos > startpos) {
    int64_t parentpos = (pos - 1) >> 1;
    MoltValue parent = heap->items[parentpos];
    int lt = maxHeap ? lessHeld(parent, newitem) : lessHeld(newitem, parent);
    if (lt < 0) {
      molt_decref(newitem);
      return -1;
    }
    if (size != heap->size) {
      molt_decref(newitem);
      return changed();
    }
    if (!lt) break;
    // Swap parent into pos (the list keeps one reference per slot).
    MoltValue p = heap->items[parentpos];
    heap->items[parentpos] = heap->items[pos];
    heap->items[pos] = p;
    pos = parentpos;
  }
  molt_decref(newitem);
  return 0;
}

/// Moves the smaller child up until a leaf, then sifts the original item down.
int siftUp(MoltValue heapv, int64_t pos, bool maxHeap) {
  MoltList *heap = listOf(heapv);
  int64_t endpos = heap->size;
  int64_t startpos = pos;
  int64_t limit = endpos >> 1;
  while (pos < limit) {
    int64_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      MoltValue a = heap->items[childpos], b = heap->items[childpos + 1];
      int lt = maxHeap ? lessHeld(b, a) : lessHeld(a, b);
      if (lt < 0) return -1;
      if (endpos != heap->size) return changed();
      if (!lt) childpos++;
    }
    MoltValue t = heap->items[childpos];
    heap->items[childpos] = heap->items[pos];
    heap->items[pos] = t;
    pos = childpos;
  }
  return siftDown(heapv, startpos, pos, maxHeap);
}

bool checkList(const char *msg, MoltValue v) {
  if (isList(v)) return true;
  molt_raise_fmt(&molt_type_TypeError, msg, v == MOLT_NONE ? "None" : typeName(v));
  return false;
}

MoltValue h_heappush(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("heappush", n, kw, 2, 2) < 0) return MOLT_ERROR;
  if (!checkList("heappush() argument 1 must be list, not %s", a[0])) return MOLT_ERROR;
  if (molt_list_append(a[0], a[1]) < 0) return MOLT_ERROR;
  if (siftDown(a[0], 0, listOf(a[0])->size - 1, false) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue popImpl(MoltValue heapv, bool maxHeap) {
  MoltList *heap = listOf(heapv);
  if (heap->size == 0) return molt_raise_fmt(&molt_type_IndexError, "index out of range");
  MoltValue last = heap->items[--heap->size];
  if (heap->size == 0) return last;
  MoltValue ret = heap->items[0];
  heap->items[0] = last;
  if (siftUp(heapv, 0, maxHeap) < 0) {
    molt_decref(ret);
    return MOLT_ERROR;
  }
  return ret;
}

MoltValue h_heappop(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("_heapq.heappop", n, kw) < 0) return MOLT_ERROR;
  if (!checkList("heappop() argument must be list, not %s", a[0])) return MOLT_ERROR;
  return popImpl(a[0], false);
}

MoltValue h_heappop_max(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("_heapq._heappop_max", n, kw) < 0) return MOLT_ERROR;
  if (!checkList("_heappop_max() argument must be list, not %s", a[0])) return MOLT_ERROR;
  return popImpl(a[0], true);
}

MoltValue replaceImpl(MoltValue heapv, MoltValue item, bool maxHeap) {
  MoltList *heap = listOf(heapv);
  if (heap->size == 0) return molt_raise_fmt(&molt_type_IndexError, "index out of range");
  MoltValue ret = heap->items[0];
  heap->items[0] = molt_newref(item);
  if (siftUp(heapv, 0, maxHeap) < 0) {
    molt_decref(ret);
    return MOLT_ERROR;
  }
  return ret;
}

MoltValue h_heapreplace(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("heapreplace", n, kw, 2, 2) < 0) return MOLT_ERROR;
  if (!checkList("heapreplace() argument 1 must be list, not %s", a[0])) return MOLT_ERROR;
  return replaceImpl(a[0], a[1], false);
}

MoltValue h_heapreplace_max(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("_heapreplace_max", n, kw, 2, 2) < 0) return MOLT_ERROR;
  if (!checkList("_heapreplace_max() argument 1 must be list, not %s", a[0])) return MOLT_ERROR;
  return replaceImpl(a[0], a[1], true);
}

MoltValue h_heappushpop(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("heappushpop", n, kw, 2, 2) < 0) return MOLT_ERROR;
  if (!checkList("heappushpop() argument 1 must be list, not %s", a[0])) return MOLT_ERROR;
  MoltList *heap = listOf(a[0]);
  if (heap->size == 0) return molt_newref(a[1]);
  MoltValue top = heap->items[0];
  molt_incref(top);
  int lt = less(top, a[1]);
  molt_decref(top);
  if (lt < 0) return MOLT_ERROR;
  if (!lt) return molt_newref(a[1]);
  if (heap->size == 0) return molt_raise_fmt(&molt_type_IndexError, "index out of range");
  return replaceImpl(a[0], a[1], false);
}

int heapifyImpl(MoltValue heapv, bool maxHeap) {
  int64_t n = listOf(heapv)->size;
  for (int64_t i = n / 2 - 1; i >= 0; i--)
    if (siftUp(heapv, i, maxHeap) < 0) return -1;
  return 0;
}

MoltValue h_heapify(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("_heapq.heapify", n, kw) < 0) return MOLT_ERROR;
  if (!checkList("heapify() argument must be list, not %s", a[0])) return MOLT_ERROR;
  if (heapifyImpl(a[0], false) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

MoltValue h_heapify_max(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("_heapq._heapify_max", n, kw) < 0) return MOLT_ERROR;
  if (!checkList("_heapify_max() argument must be list, not %s", a[0])) return MOLT_ERROR;
  if (heapifyImpl(a[0], true) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

// --- nlargest / nsmallest

MoltValue nBest(const char *fname, const MoltValue *a, size_t n, MoltValue kw, bool largest) {
  static const char *const names[] = {"n", "iterable", "key"};
  MoltValue args[3] = {MOLT_UNBOUND, MOLT_UNBOUND, MOLT_UNBOUND};
  if (n > 3)
    return molt_raise_fmt(&molt_type_TypeError,
                          "%s() takes from 2 to 3 positional arguments but %zu were given", fname,
                          n);
  for (size_t i = 0; i < n; i++)
    args[i] = a[i];
  size_t nkw = kwCount(kw);
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = strView(tupleItem(kw, static_cast<int64_t>(i)));
    size_t j = 0;
    for (; j < 3; j++)
      if (k == names[j]) break;
    if (j == 3)
      return molt_raise_fmt(&molt_type_TypeError, "%s() got an unexpected keyword argument '%s'",
                            fname, std::string(k).c_str());
    if (args[j] != MOLT_UNBOUND)
      return molt_raise_fmt(&molt_type_TypeError, "%s() got multiple values for argument '%s'",
                            fname, names[j]);
    args[j] = a[n + i];
  }
  if (args[0] == MOLT_UNBOUND && args[1] == MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_TypeError,
                          "%s() missing 2 required positional arguments: 'n' and 'iterable'",
                          fname);
  for (size_t j = 0; j < 2; j++)
    if (args[j] == MOLT_UNBOUND)
      return molt_raise_fmt(&molt_type_TypeError,
                            "%s() missing 1 required positional argument: '%s'", fname, names[j]);
  MoltValue key = args[2] == MOLT_UNBOUND ? MOLT_NONE : args[2];
  MoltValue list = sequenceList(args[1]);
  if (molt_is_error(list)) return list;
  int64_t count;
  if (molt_is_float(args[0]) || !isInt(args[0])) {
    int ge = molt_compare_bool(args[0], molt_int_from_i64(listOf(list)->size), MOLT_GE);
    if (ge < 0) {
      molt_decref(list);
      return MOLT_ERROR;
    }
    count = ge ? listOf(list)->size : 0;
    if (!ge) {
      molt_decref(list);
      return molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                            typeName(args[0]));
    }
  } else if (indexAsI64(args[0], &count) < 0) {
    errClear();
    count = intCompare(args[0], molt_small_int(0)) < 0 ? 0 : INT64_MAX;
  }
  if (count <= 0) {
    molt_decref(list);
    return listNew(0);
  }
  if (listSort(list, key, largest) < 0) {
    molt_decref(list);
    return MOLT_ERROR;
  }
  MoltList *l = listOf(list);
  while (l->size > count)
    molt_decref(l->items[--l->size]);
  return list;
}

MoltValue h_nlargest(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return nBest("nlargest", a, n, kw, true);
}
MoltValue h_nsmallest(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return nBest("nsmallest", a, n, kw, false);
}

// --- merge(*iterables, key=None, reverse=False): v[0] tuple of iterators
// (None when exhausted), v[1] key, v[2] list of current heads, v[3] list of
// their keys; n[0] reverse, n[1] started.

struct Merge {
  MoltObject ob;
  MoltValue its, key, heads, keys;
  int64_t reverse, started;
};

void mergeDealloc(MoltObject *o) {
  auto *m = reinterpret_cast<Merge *>(o);
  molt_decref(m->its);
  molt_decref(m->key);
  molt_decref(m->heads);
  molt_decref(m->keys);
  freeObject(o);
}

void mergeTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *m = reinterpret_cast<Merge *>(o);
  for (MoltValue v : {m->its, m->key, m->heads, m->keys})
    if (molt_is_ptr(v)) visit(v, arg);
}

extern MoltType molt_type_merge_;

/// Fetches the next item of iterator i into heads[i]/keys[i]: 0 or -1.
int mergeFetch(Merge *m, int64_t i) {
  MoltValue *its = tupleItems(m->its);
  MoltValue *heads = tupleItems(m->heads);
  MoltValue *keys = tupleItems(m->keys);
  MoltValue x = its[i] == MOLT_NONE ? MOLT_STOP : molt_iter_next(its[i]);
  if (molt_is_error(x)) return -1;
  MoltValue oldh = heads[i], oldk = keys[i];
  if (x == MOLT_STOP) {
    molt_decref(its[i]);
    its[i] = MOLT_NONE;
    heads[i] = MOLT_UNBOUND;
    keys[i] = MOLT_UNBOUND;
  } else {
    MoltValue k = x;
    if (m->key != MOLT_NONE) {
      k = molt_call(m->key, &x, 1, MOLT_NONE);
      if (molt_is_error(k)) {
        molt_decref(x);
        return -1;
      }
    } else {
      molt_incref(k);
    }
    heads[i] = x;
    keys[i] = k;
  }
  molt_xdecref(oldh);
  molt_xdecref(oldk);
  return 0;
}

MoltValue mergeNext(MoltValue self) {
  auto *m = as<Merge>(self);
  int64_t k = tupleSize(m->its);
  if (!m->started) {
    m->started = 1;
    for (int64_t i = 0; i < k; i++)
      if (mergeFetch(m, i) < 0) return MOLT_ERROR;
  }
  MoltValue *keys = tupleItems(m->keys);
  int64_t best = -1;
  for (int64_t i = 0; i < k; i++) {
    if (keys[i] == MOLT_UNBOUND) continue;
    if (best < 0) {
      best = i;
      continue;
    }
    // Compare the earlier head first (CPython's heap compares in that order);
    // a tie keeps the earlier iterable.
    int keep = m->reverse ? less(keys[i], keys[best]) : less(keys[best], keys[i]);
    if (keep < 0) return MOLT_ERROR;
    if (keep) continue;
    int lt = m->reverse ? less(keys[best], keys[i]) : less(keys[i], keys[best]);
    if (lt < 0) return MOLT_ERROR;
    if (lt) best = i;
  }
  if (best < 0) return MOLT_STOP;
  MoltValue r = molt_newref(tupleItems(m->heads)[best]);
  if (mergeFetch(m, best) < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  return r;
}

MoltValue h_merge(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  MoltValue key = MOLT_NONE;
  int reverse = 0;
  size_t nkw = kwCount(kw);
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = strView(tupleItem(kw, static_cast<int64_t>(i)));
    if (k == "key") {
      key = a[n + i];
    } else if (k == "reverse") {
      reverse = molt_truthy(a[n + i]);
      if (reverse < 0) return MOLT_ERROR;
    } else {
      return molt_raise_fmt(&molt_type_TypeError, "merge() got an unexpected keyword argument '%s'",
                            std::string(k).c_str());
    }
  }
  MoltValue its = tupleNew(static_cast<int64_t>(n));
  MoltValue heads = tupleNew(static_cast<int64_t>(n));
  MoltValue keys = tupleNew(static_cast<int64_t>(n));
  if (molt_is_error(its) || molt_is_error(heads) || molt_is_error(keys)) {
    molt_decref(its);
    molt_decref(heads);
    molt_decref(keys);
    return MOLT_ERROR;
  }
  for (size_t i = 0; i < n; i++) {
    tupleItems(heads)[i] = MOLT_UNBOUND;
    tupleItems(keys)[i] = MOLT_UNBOUND;
  }
  MoltObject *o = allocObject(&molt_type_merge_, sizeof(Merge));
  if (!o) {
    molt_decref(its);
    return MOLT_ERROR;
  }
  auto *m = reinterpret_cast<Merge *>(o);
  m->its = its;
  m->key = molt_newref(key);
  m->heads = heads;
  m->keys = keys;
  m->reverse = reverse;
  m->started = 0;
  MoltValue self = molt_from_ptr(o);
  for (size_t i = 0; i < n; i++) {
    MoltValue it = molt_iter(a[i]);
    if (molt_is_error(it)) {
      molt_decref(self);
      return it;
    }
    tupleItems(its)[i] = it;
  }
  return self;
}

MoltType makeMergeType() {
  MoltType t = {};
  t.ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type};
  t.name = "generator";
  t.base = &molt_type_object;
  t.flags = kTypeImmutable;
  t.basicsize = sizeof(Merge);
  t.dealloc = mergeDealloc;
  t.traverse = mergeTraverse;
  t.iter = selfIter;
  t.iternext = mergeNext;
  t.dict = MOLT_NONE;
  t.mro = MOLT_NONE;
  return t;
}

MoltType molt_type_merge_ = makeMergeType();

} // namespace

namespace molt::rt {

void initHeapqModule(NativeModuleBuilder &b) {
  readyType(&molt_type_merge_);
  b.addFunc("heappush", h_heappush);
  b.addFunc("heappop", h_heappop);
  b.addFunc("heapify", h_heapify);
  b.addFunc("heapreplace", h_heapreplace);
  b.addFunc("heappushpop", h_heappushpop);
  b.addFunc("merge", h_merge);
  b.addFunc("nlargest", h_nlargest);
  b.addFunc("nsmallest", h_nsmallest);
  b.addFunc("_heapify_max", h_heapify_max);
  b.addFunc("_heappop_max", h_heappop_max);
  b.addFunc("_heapreplace_max", h_heapreplace_max);
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native_heapq = {"heapq", molt::rt::initHeapqModule, nullptr};
}
