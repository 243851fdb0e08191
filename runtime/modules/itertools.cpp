// The `itertools` module (native): every iterator of CPython 3.12's itertools
// as a native iterator type. All types share one object layout (It): a few
// owned values, a few integers and, for the combinatoric iterators, malloc'd
// index arrays, so producing an item allocates nothing beyond the item
// itself (a result tuple where the iterator yields tuples).
#include <cstdlib>
#include <cstring>
#include <string>

#include "molt/intobject.h"
#include "native.h"

using namespace molt::rt;

namespace {

struct It {
  MoltObject ob;
  MoltValue v[5]; // owned references (non-pointer values are fine)
  int64_t n[4];
  int64_t *idx; // malloc'd index array (combinatorics), or nullptr
  int64_t *cyc; // second index array (permutations' cycles), or nullptr
};

It *itOf(MoltValue v) { return as<It>(v); }

void itDealloc(MoltObject *o) {
  auto *it = reinterpret_cast<It *>(o);
  for (MoltValue &v : it->v)
    molt_decref(v);
  free(it->idx);
  free(it->cyc);
  freeObject(o);
}

void itTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *it = reinterpret_cast<It *>(o);
  for (MoltValue v : it->v)
    if (molt_is_ptr(v)) visit(v, arg);
}

It *itNew(MoltType *t) {
  MoltObject *o = allocObject(t, sizeof(It));
  if (!o) return nullptr;
  auto *it = reinterpret_cast<It *>(o);
  for (MoltValue &v : it->v)
    v = MOLT_NONE;
  for (int64_t &x : it->n)
    x = 0;
  it->idx = nullptr;
  it->cyc = nullptr;
  return it;
}

MoltValue box(It *it) { return molt_from_ptr(it); }

/// Replaces field slot with v (steals v).
void setField(MoltValue &slot, MoltValue v) {
  MoltValue old = slot;
  slot = v;
  molt_decref(old);
}

/// A result tuple of n items to fill with new references: the previous
/// result (cached in `cache`) when nothing else holds it any more, as CPython
/// reuses it, else a new tuple. Returns a new reference.
MoltValue resultTuple(MoltValue &cache, int64_t n) {
  if (molt_is_ptr(cache) && molt_ptr(cache)->refcnt == 1 && tupleSize(cache) == n) {
    MoltValue *items = tupleItems(cache);
    for (int64_t i = 0; i < n; i++) {
      MoltValue old = items[i];
      items[i] = MOLT_NONE;
      molt_decref(old);
    }
    return molt_newref(cache);
  }
  MoltValue t = tupleNew(n);
  if (molt_is_error(t)) return t;
  setField(cache, molt_newref(t));
  return t;
}

MoltType makeIterType(const char *name, unaryfunc next, newfunc nw) {
  MoltType t = {};
  t.ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type};
  t.name = name;
  t.base = &molt_type_object;
  t.flags = kTypeImmutable;
  t.basicsize = sizeof(It);
  t.dealloc = itDealloc;
  t.traverse = itTraverse;
  t.iter = selfIter;
  t.iternext = next;
  t.new_ = nw;
  t.dict = MOLT_NONE;
  t.mro = MOLT_NONE;
  return t;
}

// ---------------------------------------------------------------------------
// count(start=0, step=1)

bool isNumber(MoltValue v) {
  if (molt_is_float(v) || molt_is_small_int(v) || molt_is_bool(v) || isInt(v) || isComplex(v))
    return true;
  MoltType *t = molt_type_of(v);
  return numSlot(t, &NumberSlots::index) || numSlot(t, &NumberSlots::int_) ||
         numSlot(t, &NumberSlots::float_);
}

MoltValue normBool(MoltValue v) {
  if (molt_is_bool(v)) return molt_small_int(v == MOLT_TRUE ? 1 : 0);
  return molt_newref(v);
}

MoltValue countNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"start", "step"};
  MoltValue args[2];
  if (parseArgs("count", a, n, kw, names, 2, 2, 0, args) < 0) return MOLT_ERROR;
  MoltValue start = args[0] == MOLT_UNBOUND ? molt_small_int(0) : args[0];
  MoltValue step = args[1] == MOLT_UNBOUND ? molt_small_int(1) : args[1];
  if (!isNumber(start) || !isNumber(step))
    return molt_raise_fmt(&molt_type_TypeError, "a number is required");
  It *it = itNew(t);
  if (!it) return MOLT_ERROR;
  it->v[0] = normBool(start);
  it->v[1] = normBool(step);
  return box(it);
}

MoltValue countNext(MoltValue self) {
  It *it = itOf(self);
  MoltValue cur = it->v[0];
  MoltValue next = molt_op_add(cur, it->v[1]);
  if (molt_is_error(next)) return next;
  it->v[0] = next; // the old value's reference goes to the caller
  return cur;
}

MoltValue countRepr(MoltValue self) {
  It *it = itOf(self);
  MoltValue r = molt_repr(it->v[0]);
  if (molt_is_error(r)) return r;
  std::string s = "count(";
  s += strView(r);
  molt_decref(r);
  if (it->v[1] != molt_small_int(1)) {
    MoltValue sr = molt_repr(it->v[1]);
    if (molt_is_error(sr)) return sr;
    s += ", ";
    s += strView(sr);
    molt_decref(sr);
  }
  s += ')';
  return strFromUtf8(s);
}

// ---------------------------------------------------------------------------
// cycle(iterable)

MoltValue cycleNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("cycle", n, kw, 1, 1) < 0) return MOLT_ERROR;
  MoltValue src = molt_iter(a[0]);
  if (molt_is_error(src)) return src;
  MoltValue saved = listNew(0);
  It *it = molt_is_error(saved) ? nullptr : itNew(t);
  if (!it) {
    molt_decref(src);
    molt_decref(saved);
    return MOLT_ERROR;
  }
  it->v[0] = src;
  it->v[1] = saved;
  return box(it);
}

MoltValue cycleNext(MoltValue self) {
  It *it = itOf(self);
  auto *saved = as<MoltList>(it->v[1]);
  if (it->n[1] == 0) {
    MoltValue item = molt_iter_next(it->v[0]);
    if (molt_is_error(item)) return item;
    if (item != MOLT_STOP) {
      if (molt_list_append(it->v[1], item) < 0) {
        molt_decref(item);
        return MOLT_ERROR;
      }
      return item;
    }
    it->n[1] = 1;
    setField(it->v[0], MOLT_NONE);
  }
  if (saved->size == 0) return MOLT_STOP;
  MoltValue v = saved->items[it->n[0]];
  it->n[0] = (it->n[0] + 1) % saved->size;
  return molt_newref(v);
}

// ---------------------------------------------------------------------------
// repeat(object[, times])

MoltValue repeatNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"object", "times"};
  MoltValue args[2];
  if (parseArgs("repeat", a, n, kw, names, 2, 2, 1, args) < 0) return MOLT_ERROR;
  int64_t times = -1;
  if (args[1] != MOLT_UNBOUND) {
    if (molt_is_float(args[1]) || !isInt(args[1]))
      return molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                            typeName(args[1]));
    if (indexAsI64(args[1], &times) < 0) return MOLT_ERROR;
    if (times < 0) times = 0;
  }
  It *it = itNew(t);
  if (!it) return MOLT_ERROR;
  it->v[0] = molt_newref(args[0]);
  it->n[0] = times;
  return box(it);
}

MoltValue repeatNext(MoltValue self) {
  It *it = itOf(self);
  if (it->n[0] == 0) return MOLT_STOP;
  if (it->n[0] > 0) it->n[0]--;
  return molt_newref(it->v[0]);
}

MoltValue repeatRepr(MoltValue self) {
  It *it = itOf(self);
  MoltValue r = molt_repr(it->v[0]);
  if (molt_is_error(r)) return r;
  std::string s = "repeat(";
  s += strView(r);
  molt_decref(r);
  if (it->n[0] >= 0) s += ", " + std::to_string(it->n[0]);
  s += ')';
  return strFromUtf8(s);
}

MoltValue repeatLengthHint(MoltValue, const MoltValue *a, size_t, MoltValue) {
  It *it = itOf(a[0]);
  if (it->n[0] < 0) return molt_raise_fmt(&molt_type_TypeError, "len() of unsized object");
  return molt_int_from_i64(it->n[0]);
}

const MethodDef kRepeatMethods[] = {{"__length_hint__", repeatLengthHint, 0},
                                    {nullptr, nullptr, 0}};

// ---------------------------------------------------------------------------
// accumulate(iterable[, func, *, initial=None])

MoltValue accumulateNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"iterable", "func", "initial"};
  MoltValue args[3];
  if (parseArgs("accumulate", a, n, kw, names, 3, 2, 1, args) < 0) return MOLT_ERROR;
  MoltValue src = molt_iter(args[0]);
  if (molt_is_error(src)) return src;
  It *it = itNew(t);
  if (!it) {
    molt_decref(src);
    return MOLT_ERROR;
  }
  it->v[0] = src;
  it->v[1] = args[1] == MOLT_UNBOUND ? MOLT_NONE : molt_newref(args[1]);
  it->v[2] = MOLT_UNBOUND; // running total
  it->v[3] =
      (args[2] == MOLT_UNBOUND || args[2] == MOLT_NONE) ? MOLT_UNBOUND : molt_newref(args[2]);
  return box(it);
}

MoltValue accumulateNext(MoltValue self) {
  It *it = itOf(self);
  if (it->v[3] != MOLT_UNBOUND) {
    it->v[2] = it->v[3];
    it->v[3] = MOLT_UNBOUND;
    return molt_newref(it->v[2]);
  }
  MoltValue item = molt_iter_next(it->v[0]);
  if (item == MOLT_STOP || molt_is_error(item)) return item;
  if (it->v[2] == MOLT_UNBOUND) {
    it->v[2] = item;
    return molt_newref(item);
  }
  MoltValue r;
  if (it->v[1] == MOLT_NONE) {
    r = molt_op_add(it->v[2], item);
  } else {
    MoltValue args[2] = {it->v[2], item};
    r = molt_call(it->v[1], args, 2, MOLT_NONE);
  }
  molt_decref(item);
  if (molt_is_error(r)) return r;
  setField(it->v[2], r);
  return molt_newref(r);
}

// ---------------------------------------------------------------------------
// chain(*iterables), chain.from_iterable(iterable)

extern MoltType molt_type_chain_;

MoltValue chainFrom(MoltType *t, MoltValue iterable) {
  MoltValue src = molt_iter(iterable);
  if (molt_is_error(src)) return src;
  It *it = itNew(t);
  if (!it) {
    molt_decref(src);
    return MOLT_ERROR;
  }
  it->v[0] = src;
  return box(it);
}

MoltValue chainNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  if (noKeywords("chain", kw) < 0) return MOLT_ERROR;
  MoltValue tup = molt_tuple_new(a, n);
  if (molt_is_error(tup)) return tup;
  MoltValue r = chainFrom(t, tup);
  molt_decref(tup);
  return r;
}

MoltValue chainFromIterable(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkOneArg("chain.from_iterable", n - 1, kw) < 0) return MOLT_ERROR;
  return chainFrom(as<MoltType>(a[0]), a[1]);
}

MoltValue chainNext(MoltValue self) {
  It *it = itOf(self);
  for (;;) {
    if (it->v[1] != MOLT_NONE) {
      MoltValue x = molt_iter_next(it->v[1]);
      if (x != MOLT_STOP) return x;
      setField(it->v[1], MOLT_NONE);
    }
    if (it->v[0] == MOLT_NONE) return MOLT_STOP;
    MoltValue src = molt_iter_next(it->v[0]);
    if (molt_is_error(src)) return src;
    if (src == MOLT_STOP) {
      setField(it->v[0], MOLT_NONE);
      return MOLT_STOP;
    }
    MoltValue active = molt_iter(src);
    molt_decref(src);
    if (molt_is_error(active)) return active;
    it->v[1] = active;
  }
}

const MethodDef kChainMethods[] = {{"from_iterable", chainFromIterable, kMethClass},
                                   {nullptr, nullptr, 0}};

// ---------------------------------------------------------------------------
// compress, dropwhile, takewhile, filterfalse, starmap: (value, iterator) pairs

MoltValue pairNew(MoltType *t, const char *fname, const char *n0, const char *n1,
                  const MoltValue *a, size_t n, MoltValue kw, bool iterFirst, bool keywords) {
  MoltValue args[2];
  if (keywords) {
    const char *const names[] = {n0, n1};
    if (parseArgs(fname, a, n, kw, names, 2, 2, 2, args) < 0) return MOLT_ERROR;
  } else {
    if (checkPositional(fname, n, kw, 2, 2) < 0) return MOLT_ERROR;
    args[0] = a[0];
    args[1] = a[1];
  }
  It *it = nullptr;
  if (iterFirst) {
    MoltValue d = molt_iter(args[0]);
    if (molt_is_error(d)) return d;
    MoltValue s = molt_iter(args[1]);
    if (molt_is_error(s)) {
      molt_decref(d);
      return s;
    }
    it = itNew(t);
    if (!it) {
      molt_decref(d);
      molt_decref(s);
      return MOLT_ERROR;
    }
    it->v[0] = d;
    it->v[1] = s;
  } else {
    MoltValue s = molt_iter(args[1]);
    if (molt_is_error(s)) return s;
    it = itNew(t);
    if (!it) {
      molt_decref(s);
      return MOLT_ERROR;
    }
    it->v[0] = molt_newref(args[0]);
    it->v[1] = s;
  }
  return box(it);
}

MoltValue compressNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  return pairNew(t, "compress", "data", "selectors", a, n, kw, true, true);
}

MoltValue compressNext(MoltValue self) {
  It *it = itOf(self);
  for (;;) {
    MoltValue d = molt_iter_next(it->v[0]);
    if (d == MOLT_STOP || molt_is_error(d)) return d;
    MoltValue s = molt_iter_next(it->v[1]);
    if (s == MOLT_STOP || molt_is_error(s)) {
      molt_decref(d);
      return s;
    }
    int t = molt_truthy(s);
    molt_decref(s);
    if (t < 0) {
      molt_decref(d);
      return MOLT_ERROR;
    }
    if (t) return d;
    molt_decref(d);
  }
}

/// pred(item) as a C truth value (pred None: item's own truth).
int predTruth(MoltValue pred, MoltValue item) {
  if (pred == MOLT_NONE) return molt_truthy(item);
  MoltValue r = molt_call(pred, &item, 1, MOLT_NONE);
  if (molt_is_error(r)) return -1;
  int t = molt_truthy(r);
  molt_decref(r);
  return t;
}

/// pred(item) as a C truth value; takewhile/dropwhile call pred even when it is None.
int callTruth(MoltValue pred, MoltValue item) {
  MoltValue r = molt_call(pred, &item, 1, MOLT_NONE);
  if (molt_is_error(r)) return -1;
  int t = molt_truthy(r);
  molt_decref(r);
  return t;
}

MoltValue dropwhileNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  return pairNew(t, "dropwhile", "", "", a, n, kw, false, false);
}

MoltValue dropwhileNext(MoltValue self) {
  It *it = itOf(self);
  for (;;) {
    MoltValue item = molt_iter_next(it->v[1]);
    if (item == MOLT_STOP || molt_is_error(item)) return item;
    if (it->n[0]) return item;
    int t = callTruth(it->v[0], item);
    if (t < 0) {
      molt_decref(item);
      return MOLT_ERROR;
    }
    if (!t) {
      it->n[0] = 1;
      return item;
    }
    molt_decref(item);
  }
}

MoltValue takewhileNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  return pairNew(t, "takewhile", "", "", a, n, kw, false, false);
}

MoltValue takewhileNext(MoltValue self) {
  It *it = itOf(self);
  if (it->n[0]) return MOLT_STOP;
  MoltValue item = molt_iter_next(it->v[1]);
  if (item == MOLT_STOP || molt_is_error(item)) return item;
  int t = callTruth(it->v[0], item);
  if (t < 0) {
    molt_decref(item);
    return MOLT_ERROR;
  }
  if (t) return item;
  molt_decref(item);
  it->n[0] = 1;
  return MOLT_STOP;
}

MoltValue filterfalseNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  return pairNew(t, "filterfalse", "", "", a, n, kw, false, false);
}

MoltValue filterfalseNext(MoltValue self) {
  It *it = itOf(self);
  for (;;) {
    MoltValue item = molt_iter_next(it->v[1]);
    if (item == MOLT_STOP || molt_is_error(item)) return item;
    int t = predTruth(it->v[0], item);
    if (t < 0) {
      molt_decref(item);
      return MOLT_ERROR;
    }
    if (!t) return item;
    molt_decref(item);
  }
}

MoltValue starmapNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  return pairNew(t, "starmap", "", "", a, n, kw, false, false);
}

MoltValue starmapNext(MoltValue self) {
  It *it = itOf(self);
  MoltValue item = molt_iter_next(it->v[1]);
  if (item == MOLT_STOP || molt_is_error(item)) return item;
  MoltValue args = isExact(item, &molt_type_tuple) ? molt_newref(item) : sequenceTuple(item);
  molt_decref(item);
  if (molt_is_error(args)) return args;
  MoltValue r =
      molt_call(it->v[0], tupleItems(args), static_cast<size_t>(tupleSize(args)), MOLT_NONE);
  molt_decref(args);
  return r;
}

// ---------------------------------------------------------------------------
// groupby(iterable, key=None) and its _grouper
// groupby: v[0] iterator, v[1] key function, v[2] target key, v[3] current
// key, v[4] current value; n[0] generation (bumped when a new group starts,
// which invalidates the previous group's _grouper).

extern MoltType molt_type_grouper_;

MoltValue groupbyNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"iterable", "key"};
  MoltValue args[2];
  if (parseArgs("groupby", a, n, kw, names, 2, 2, 1, args) < 0) return MOLT_ERROR;
  MoltValue src = molt_iter(args[0]);
  if (molt_is_error(src)) return src;
  It *it = itNew(t);
  if (!it) {
    molt_decref(src);
    return MOLT_ERROR;
  }
  it->v[0] = src;
  it->v[1] = args[1] == MOLT_UNBOUND ? MOLT_NONE : molt_newref(args[1]);
  it->v[2] = MOLT_UNBOUND;
  it->v[3] = MOLT_UNBOUND;
  it->v[4] = MOLT_UNBOUND;
  return box(it);
}

/// Fetches the next item and its key into v[4]/v[3]: 1, 0 (exhausted) or -1.
int groupbyStep(It *g) {
  MoltValue item = molt_iter_next(g->v[0]);
  if (molt_is_error(item)) return -1;
  if (item == MOLT_STOP) return 0;
  MoltValue key;
  if (g->v[1] == MOLT_NONE) {
    key = molt_newref(item);
  } else {
    key = molt_call(g->v[1], &item, 1, MOLT_NONE);
    if (molt_is_error(key)) {
      molt_decref(item);
      return -1;
    }
  }
  setField(g->v[4], item);
  setField(g->v[3], key);
  return 1;
}

MoltValue groupbyNext(MoltValue self) {
  It *g = itOf(self);
  g->n[0]++;
  for (;;) {
    if (g->v[3] != MOLT_UNBOUND) {
      if (g->v[2] == MOLT_UNBOUND) break;
      int eq = equals(g->v[2], g->v[3]);
      if (eq < 0) return MOLT_ERROR;
      if (!eq) break;
    }
    int r = groupbyStep(g);
    if (r <= 0) return r < 0 ? MOLT_ERROR : MOLT_STOP;
  }
  setField(g->v[2], molt_newref(g->v[3]));
  It *gr = itNew(&molt_type_grouper_);
  if (!gr) return MOLT_ERROR;
  gr->v[0] = molt_newref(self);
  gr->v[1] = molt_newref(g->v[2]);
  gr->n[0] = g->n[0];
  MoltValue grv = box(gr);
  MoltValue r = tuplePair(g->v[2], grv);
  molt_decref(grv);
  return r;
}

MoltValue grouperNext(MoltValue self) {
  It *gr = itOf(self);
  It *g = itOf(gr->v[0]);
  if (g->n[0] != gr->n[0]) return MOLT_STOP;
  if (g->v[4] == MOLT_UNBOUND) {
    int r = groupbyStep(g);
    if (r <= 0) return r < 0 ? MOLT_ERROR : MOLT_STOP;
  }
  int eq = equals(gr->v[1], g->v[3]);
  if (eq < 0) return MOLT_ERROR;
  if (!eq) return MOLT_STOP;
  MoltValue v = g->v[4];
  g->v[4] = MOLT_UNBOUND;
  return v;
}

// ---------------------------------------------------------------------------
// islice(iterable, stop) / islice(iterable, start, stop[, step])
// v[0] iterator (None when finished), n[0] next index to yield, n[1] stop
// (-1: none), n[2] step, n[3] items consumed.

/// An islice index: None -> dflt; an int that fits -> its value; else the message.
int sliceArg(MoltValue v, int64_t dflt, int64_t *out, const char *msg) {
  if (v == MOLT_NONE) {
    *out = dflt;
    return 0;
  }
  if (!molt_is_float(v) && isInt(v) && intToI64(v, out)) return 0;
  if (!molt_is_float(v) && !isInt(v) && indexAsI64(v, out) == 0) return 0; // __index__
  if (molt_err_occurred()) molt_decref(molt_err_fetch());
  molt_raise_fmt(&molt_type_ValueError, "%s", msg);
  return -1;
}

MoltValue isliceNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  if (noKeywords("islice", kw) < 0) return MOLT_ERROR;
  if (checkPositional("islice", n, kw, 2, 4) < 0) return MOLT_ERROR;
  static const char kStopMsg[] =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  static const char kIdxMsg[] =
      "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  // As CPython: an explicit stop of -1 (or a non-int) is the "Stop argument"
  // error; other negative indices fail the later "Indices" check.
  int64_t start = 0, stop = -1, step = 1;
  MoltValue stopV = n == 2 ? a[1] : a[2];
  if (n > 2 && sliceArg(a[1], 0, &start, kIdxMsg) < 0) return MOLT_ERROR;
  if (sliceArg(stopV, -1, &stop, kStopMsg) < 0) return MOLT_ERROR;
  if (stopV != MOLT_NONE && stop == -1)
    return molt_raise_fmt(&molt_type_ValueError, "%s", kStopMsg);
  if (start < 0 || stop < -1) return molt_raise_fmt(&molt_type_ValueError, "%s", kIdxMsg);
  if (n == 4 && a[3] != MOLT_NONE) {
    if (molt_is_float(a[3]) || !isInt(a[3]) || !intToI64(a[3], &step) || step < 0) {
      if (!molt_is_float(a[3]) && isInt(a[3]) && intCompare(a[3], molt_small_int(0)) > 0) {
        step = INT64_MAX;
      } else {
        molt_raise_fmt(&molt_type_ValueError,
                       "Step for islice() must be a positive integer or None.");
        return MOLT_ERROR;
      }
    }
    if (step == 0)
      return molt_raise_fmt(&molt_type_ValueError,
                            "Step for islice() must be a positive integer or None.");
  }
  MoltValue src = molt_iter(a[0]);
  if (molt_is_error(src)) return src;
  It *it = itNew(t);
  if (!it) {
    molt_decref(src);
    return MOLT_ERROR;
  }
  it->v[0] = src;
  it->n[0] = start;
  it->n[1] = stop;
  it->n[2] = step;
  return box(it);
}

MoltValue isliceNext(MoltValue self) {
  It *it = itOf(self);
  if (it->v[0] == MOLT_NONE) return MOLT_STOP;
  int64_t stop = it->n[1];
  while (it->n[3] < it->n[0]) {
    if (stop >= 0 && it->n[3] >= stop) break;
    MoltValue item = molt_iter_next(it->v[0]);
    if (molt_is_error(item)) return item;
    if (item == MOLT_STOP) {
      setField(it->v[0], MOLT_NONE);
      return MOLT_STOP;
    }
    molt_decref(item);
    it->n[3]++;
  }
  if (stop >= 0 && it->n[3] >= stop) {
    setField(it->v[0], MOLT_NONE);
    return MOLT_STOP;
  }
  MoltValue item = molt_iter_next(it->v[0]);
  if (molt_is_error(item)) return item;
  if (item == MOLT_STOP) {
    setField(it->v[0], MOLT_NONE);
    return MOLT_STOP;
  }
  it->n[3]++;
  int64_t old = it->n[0];
  it->n[0] = old + it->n[2];
  if (it->n[0] < old || (stop >= 0 && it->n[0] > stop)) it->n[0] = stop >= 0 ? stop : INT64_MAX;
  return item;
}

// ---------------------------------------------------------------------------
// pairwise(iterable): v[0] iterator, v[1] previous item (UNBOUND at start)

MoltValue pairwiseNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("pairwise", n, kw, 1, 1) < 0) return MOLT_ERROR;
  MoltValue src = molt_iter(a[0]);
  if (molt_is_error(src)) return src;
  It *it = itNew(t);
  if (!it) {
    molt_decref(src);
    return MOLT_ERROR;
  }
  it->v[0] = src;
  it->v[1] = MOLT_UNBOUND;
  return box(it);
}

MoltValue pairwiseNext(MoltValue self) {
  It *it = itOf(self);
  if (it->v[0] == MOLT_NONE) return MOLT_STOP;
  if (it->v[1] == MOLT_UNBOUND) {
    MoltValue first = molt_iter_next(it->v[0]);
    if (molt_is_error(first)) return first;
    if (first == MOLT_STOP) {
      setField(it->v[0], MOLT_NONE);
      return MOLT_STOP;
    }
    it->v[1] = first;
  }
  MoltValue next = molt_iter_next(it->v[0]);
  if (molt_is_error(next)) return next;
  if (next == MOLT_STOP) {
    setField(it->v[0], MOLT_NONE);
    setField(it->v[1], MOLT_UNBOUND);
    return MOLT_STOP;
  }
  MoltValue r = resultTuple(it->v[4], 2);
  if (molt_is_error(r)) {
    molt_decref(next);
    return r;
  }
  tupleItems(r)[0] = it->v[1]; // the previous item's reference moves into the result
  tupleItems(r)[1] = molt_newref(next);
  it->v[1] = next;
  return r;
}

// ---------------------------------------------------------------------------
// batched(iterable, n): v[0] iterator, n[0] batch size

MoltValue batchedNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  static const char *const names[] = {"iterable", "n"};
  MoltValue args[2];
  if (parseArgs("batched", a, n, kw, names, 2, 2, 2, args) < 0) return MOLT_ERROR;
  if (molt_is_float(args[1]) || !isInt(args[1]))
    return molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                          typeName(args[1]));
  int64_t size;
  if (indexAsI64(args[1], &size) < 0) return MOLT_ERROR;
  if (size < 1) return molt_raise_fmt(&molt_type_ValueError, "n must be at least one");
  MoltValue src = molt_iter(args[0]);
  if (molt_is_error(src)) return src;
  It *it = itNew(t);
  if (!it) {
    molt_decref(src);
    return MOLT_ERROR;
  }
  it->v[0] = src;
  it->n[0] = size;
  return box(it);
}

MoltValue batchedNext(MoltValue self) {
  It *it = itOf(self);
  if (it->v[0] == MOLT_NONE) return MOLT_STOP;
  int64_t size = it->n[0];
  MoltValue first = molt_iter_next(it->v[0]);
  if (molt_is_error(first)) return first;
  if (first == MOLT_STOP) {
    setField(it->v[0], MOLT_NONE);
    return MOLT_STOP;
  }
  MoltValue out = tupleNew(size);
  if (molt_is_error(out)) {
    molt_decref(first);
    return out;
  }
  tupleItems(out)[0] = first;
  int64_t k = 1;
  for (; k < size; k++) {
    MoltValue x = molt_iter_next(it->v[0]);
    if (molt_is_error(x)) {
      molt_decref(out);
      return x;
    }
    if (x == MOLT_STOP) {
      setField(it->v[0], MOLT_NONE);
      break;
    }
    tupleItems(out)[k] = x;
  }
  if (k == size) return out;
  MoltValue shorter = molt_tuple_new(tupleItems(out), static_cast<size_t>(k));
  molt_decref(out);
  return shorter;
}

// ---------------------------------------------------------------------------
// tee(iterable, n=2): _tee objects share v[0] (a list buffering the items)
// and v[1] (the source iterator); n[0] is each one's position.

extern MoltType molt_type_tee_;

MoltValue teeMake(MoltValue buffer, MoltValue src, int64_t pos) {
  It *it = itNew(&molt_type_tee_);
  if (!it) return MOLT_ERROR;
  it->v[0] = molt_newref(buffer);
  it->v[1] = molt_newref(src);
  it->n[0] = pos;
  return box(it);
}

MoltValue teeNext(MoltValue self) {
  It *it = itOf(self);
  auto *buf = as<MoltList>(it->v[0]);
  if (it->n[0] < buf->size) return molt_newref(buf->items[it->n[0]++]);
  MoltValue x = molt_iter_next(it->v[1]);
  if (x == MOLT_STOP || molt_is_error(x)) return x;
  if (molt_list_append(it->v[0], x) < 0) {
    molt_decref(x);
    return MOLT_ERROR;
  }
  it->n[0]++;
  return x;
}

MoltValue teeCopy(MoltValue, const MoltValue *a, size_t, MoltValue) {
  It *it = itOf(a[0]);
  return teeMake(it->v[0], it->v[1], it->n[0]);
}

const MethodDef kTeeMethods[] = {{"__copy__", teeCopy, 0}, {nullptr, nullptr, 0}};

MoltValue teeNew(MoltType *, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("_tee", n, kw, 1, 1) < 0) return MOLT_ERROR;
  if (isExact(a[0], &molt_type_tee_)) return teeCopy(MOLT_NONE, a, 1, MOLT_NONE);
  MoltValue src = molt_iter(a[0]);
  if (molt_is_error(src)) return src;
  MoltValue buf = listNew(0);
  MoltValue r = molt_is_error(buf) ? buf : teeMake(buf, src, 0);
  molt_decref(buf);
  molt_decref(src);
  return r;
}

MoltValue m_tee(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  if (checkPositional("tee", n, kw, 1, 2) < 0) return MOLT_ERROR;
  int64_t count = 2;
  if (n == 2) {
    if (molt_is_float(a[1]) || !isInt(a[1]))
      return molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                            typeName(a[1]));
    if (indexAsI64(a[1], &count) < 0) return MOLT_ERROR;
  }
  if (count < 0) return molt_raise_fmt(&molt_type_ValueError, "n must be >= 0");
  MoltValue src = molt_iter(a[0]);
  if (molt_is_error(src)) return src;
  if (count == 0) {
    molt_decref(src);
    return tupleEmpty();
  }
  MoltValue first;
  if (isExact(src, &molt_type_tee_)) {
    first = molt_newref(src); // a tee is its own first copy, as in CPython
  } else {
    MoltValue buf = listNew(0);
    first = molt_is_error(buf) ? buf : teeMake(buf, src, 0);
    molt_decref(buf);
  }
  molt_decref(src);
  if (molt_is_error(first)) return first;
  MoltValue out = tupleNew(count);
  if (molt_is_error(out)) {
    molt_decref(first);
    return out;
  }
  tupleItems(out)[0] = first;
  for (int64_t i = 1; i < count; i++) {
    MoltValue c = teeCopy(MOLT_NONE, &first, 1, MOLT_NONE);
    if (molt_is_error(c)) {
      molt_decref(out);
      return c;
    }
    tupleItems(out)[i] = c;
  }
  return out;
}

// ---------------------------------------------------------------------------
// zip_longest(*iterables, fillvalue=None): v[0] tuple of iterators (None
// once exhausted), v[1] fill value, n[0] active count.

MoltValue zipLongestNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  MoltValue fill = MOLT_NONE;
  size_t nkw = kwCount(kw);
  for (size_t i = 0; i < nkw; i++) {
    if (strView(tupleItem(kw, static_cast<int64_t>(i))) != "fillvalue")
      return molt_raise_fmt(&molt_type_TypeError,
                            "zip_longest() got an unexpected keyword argument");
    fill = a[n + i];
  }
  MoltValue its = tupleNew(static_cast<int64_t>(n));
  if (molt_is_error(its)) return its;
  for (size_t i = 0; i < n; i++) {
    MoltValue x = molt_iter(a[i]);
    if (molt_is_error(x)) {
      molt_decref(its);
      return x;
    }
    tupleItems(its)[i] = x;
  }
  It *it = itNew(t);
  if (!it) {
    molt_decref(its);
    return MOLT_ERROR;
  }
  it->v[0] = its;
  it->v[1] = molt_newref(fill);
  it->n[0] = static_cast<int64_t>(n);
  return box(it);
}

MoltValue zipLongestNext(MoltValue self) {
  It *it = itOf(self);
  int64_t size = tupleSize(it->v[0]);
  if (size == 0 || it->n[0] == 0) return MOLT_STOP;
  MoltValue out = tupleNew(size);
  if (molt_is_error(out)) return out;
  MoltValue *its = tupleItems(it->v[0]);
  for (int64_t i = 0; i < size; i++) {
    MoltValue x;
    if (its[i] == MOLT_NONE) {
      x = molt_newref(it->v[1]);
    } else {
      x = molt_iter_next(its[i]);
      if (molt_is_error(x)) {
        molt_decref(out);
        return x;
      }
      if (x == MOLT_STOP) {
        it->n[0]--;
        if (it->n[0] == 0) {
          molt_decref(out);
          return MOLT_STOP;
        }
        molt_decref(its[i]);
        its[i] = MOLT_NONE;
        x = molt_newref(it->v[1]);
      }
    }
    tupleItems(out)[i] = x;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Combinatorics. v[0] pool tuple (product: tuple of pool tuples), n[0] pool
// size, n[1] r, n[2] state (0 before the first result, 1 running, 2 done).

/// A tuple of pool[idx[i]] for i < r.
MoltValue pick(It *it, const int64_t *idx, int64_t r) {
  MoltValue pool = it->v[0];
  MoltValue out = resultTuple(it->v[4], r);
  if (molt_is_error(out)) return out;
  MoltValue *items = tupleItems(pool);
  for (int64_t i = 0; i < r; i++)
    tupleItems(out)[i] = molt_newref(items[idx[i]]);
  return out;
}

int64_t *allocIdx(int64_t n) {
  auto *p = static_cast<int64_t *>(malloc(static_cast<size_t>(n > 0 ? n : 1) * sizeof(int64_t)));
  if (!p) molt_raise_fmt(&molt_type_MemoryError, "");
  return p;
}

/// r argument: an int >= 0 (or None for permutations' default).
int rArg(MoltValue v, int64_t *out, bool permutations) {
  if (molt_is_float(v) || !isInt(v)) {
    if (permutations)
      molt_raise_fmt(&molt_type_TypeError, "Expected int as r");
    else
      molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     typeName(v));
    return -1;
  }
  if (indexAsI64(v, out) < 0) return -1;
  if (*out < 0) {
    molt_raise_fmt(&molt_type_ValueError, "r must be non-negative");
    return -1;
  }
  return 0;
}

MoltValue combNew(MoltType *t, const char *fname, const MoltValue *a, size_t n, MoltValue kw,
                  int kind) {
  // kind: 0 combinations, 1 combinations_with_replacement, 2 permutations
  static const char *const names[] = {"iterable", "r"};
  MoltValue args[2];
  if (parseArgs(fname, a, n, kw, names, 2, 2, kind == 2 ? 1 : 2, args) < 0) return MOLT_ERROR;
  MoltValue pool = sequenceTuple(args[0]);
  if (molt_is_error(pool)) return pool;
  int64_t size = tupleSize(pool);
  int64_t r = size;
  if (args[1] != MOLT_UNBOUND && !(kind == 2 && args[1] == MOLT_NONE) &&
      rArg(args[1], &r, kind == 2) < 0) {
    molt_decref(pool);
    return MOLT_ERROR;
  }
  It *it = itNew(t);
  if (!it) {
    molt_decref(pool);
    return MOLT_ERROR;
  }
  it->v[0] = pool;
  it->n[0] = size;
  it->n[1] = r;
  MoltValue self = box(it);
  it->idx = allocIdx(kind == 2 ? size : r);
  if (!it->idx) {
    molt_decref(self);
    return MOLT_ERROR;
  }
  if (kind == 0) {
    for (int64_t i = 0; i < r; i++)
      it->idx[i] = i;
    if (r > size) it->n[2] = 2;
  } else if (kind == 1) {
    for (int64_t i = 0; i < r; i++)
      it->idx[i] = 0;
    if (size == 0 && r > 0) it->n[2] = 2;
  } else {
    for (int64_t i = 0; i < size; i++)
      it->idx[i] = i;
    it->cyc = allocIdx(r);
    if (!it->cyc) {
      molt_decref(self);
      return MOLT_ERROR;
    }
    for (int64_t i = 0; i < r && i < size; i++)
      it->cyc[i] = size - i;
    if (r > size) it->n[2] = 2;
  }
  return self;
}

MoltValue combinationsNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  return combNew(t, "combinations", a, n, kw, 0);
}
MoltValue cwrNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  return combNew(t, "combinations_with_replacement", a, n, kw, 1);
}
MoltValue permutationsNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  return combNew(t, "permutations", a, n, kw, 2);
}

MoltValue combinationsNext(MoltValue self) {
  It *it = itOf(self);
  int64_t n = it->n[0], r = it->n[1];
  int64_t *idx = it->idx;
  if (it->n[2] == 2) return MOLT_STOP;
  if (it->n[2] == 0) {
    it->n[2] = 1;
    return pick(it, idx, r);
  }
  int64_t i = r - 1;
  while (i >= 0 && idx[i] == i + n - r)
    i--;
  if (i < 0) {
    it->n[2] = 2;
    return MOLT_STOP;
  }
  idx[i]++;
  for (int64_t j = i + 1; j < r; j++)
    idx[j] = idx[j - 1] + 1;
  return pick(it, idx, r);
}

MoltValue cwrNext(MoltValue self) {
  It *it = itOf(self);
  int64_t n = it->n[0], r = it->n[1];
  int64_t *idx = it->idx;
  if (it->n[2] == 2) return MOLT_STOP;
  if (it->n[2] == 0) {
    it->n[2] = 1;
    return pick(it, idx, r);
  }
  int64_t i = r - 1;
  while (i >= 0 && idx[i] == n - 1)
    i--;
  if (i < 0) {
    it->n[2] = 2;
    return MOLT_STOP;
  }
  int64_t v = idx[i] + 1;
  for (int64_t j = i; j < r; j++)
    idx[j] = v;
  return pick(it, idx, r);
}

MoltValue permutationsNext(MoltValue self) {
  It *it = itOf(self);
  int64_t n = it->n[0], r = it->n[1];
  int64_t *idx = it->idx, *cyc = it->cyc;
  if (it->n[2] == 2) return MOLT_STOP;
  if (it->n[2] == 0) {
    it->n[2] = 1;
    return pick(it, idx, r);
  }
  if (n == 0) {
    it->n[2] = 2;
    return MOLT_STOP;
  }
  for (int64_t i = r - 1; i >= 0; i--) {
    cyc[i]--;
    if (cyc[i] == 0) {
      // Rotate idx[i:] left by one.
      int64_t first = idx[i];
      for (int64_t j = i; j < n - 1; j++)
        idx[j] = idx[j + 1];
      idx[n - 1] = first;
      cyc[i] = n - i;
    } else {
      int64_t j = cyc[i];
      std::swap(idx[i], idx[n - j]);
      return pick(it, idx, r);
    }
  }
  it->n[2] = 2;
  return MOLT_STOP;
}

MoltValue productNew(MoltType *t, const MoltValue *a, size_t n, MoltValue kw) {
  int64_t repeat = 1;
  size_t nkw = kwCount(kw);
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = strView(tupleItem(kw, static_cast<int64_t>(i)));
    if (k != "repeat")
      return molt_raise_fmt(&molt_type_TypeError,
                            "'%s' is an invalid keyword argument for product()",
                            std::string(k).c_str());
    MoltValue rv = a[n + i];
    if (molt_is_float(rv) || !isInt(rv))
      return molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                            typeName(rv));
    if (indexAsI64(rv, &repeat) < 0) return MOLT_ERROR;
    if (repeat < 0)
      return molt_raise_fmt(&molt_type_ValueError, "repeat argument cannot be negative");
  }
  int64_t npools = static_cast<int64_t>(n) * repeat;
  MoltValue pools = tupleNew(npools);
  if (molt_is_error(pools)) return pools;
  for (size_t i = 0; i < n; i++) {
    MoltValue p = sequenceTuple(a[i]);
    if (molt_is_error(p)) {
      molt_decref(pools);
      return p;
    }
    tupleItems(pools)[i] = p;
  }
  for (int64_t rep = 1; rep < repeat; rep++)
    for (size_t i = 0; i < n; i++)
      tupleItems(pools)[rep * static_cast<int64_t>(n) + static_cast<int64_t>(i)] =
          molt_newref(tupleItems(pools)[i]);
  It *it = itNew(t);
  if (!it) {
    molt_decref(pools);
    return MOLT_ERROR;
  }
  it->v[0] = pools;
  it->n[0] = npools;
  MoltValue self = box(it);
  it->idx = allocIdx(npools);
  if (!it->idx) {
    molt_decref(self);
    return MOLT_ERROR;
  }
  for (int64_t i = 0; i < npools; i++) {
    it->idx[i] = 0;
    if (tupleSize(tupleItems(pools)[i]) == 0) it->n[2] = 2;
  }
  return self;
}

MoltValue productResult(It *it) {
  int64_t np = it->n[0];
  MoltValue out = resultTuple(it->v[4], np);
  if (molt_is_error(out)) return out;
  for (int64_t i = 0; i < np; i++)
    tupleItems(out)[i] = molt_newref(tupleItems(tupleItems(it->v[0])[i])[it->idx[i]]);
  return out;
}

MoltValue productNext(MoltValue self) {
  It *it = itOf(self);
  if (it->n[2] == 2) return MOLT_STOP;
  if (it->n[2] == 0) {
    it->n[2] = 1;
    return productResult(it);
  }
  int64_t i = it->n[0] - 1;
  for (; i >= 0; i--) {
    it->idx[i]++;
    if (it->idx[i] < tupleSize(tupleItems(it->v[0])[i])) break;
    it->idx[i] = 0;
  }
  if (i < 0) {
    it->n[2] = 2;
    return MOLT_STOP;
  }
  return productResult(it);
}

// ---------------------------------------------------------------------------
// Types

MoltType withRepr(MoltType t, unaryfunc repr) {
  t.repr = repr;
  return t;
}
MoltType withMethods(MoltType t, const MethodDef *m) {
  t.methods = m;
  return t;
}

MoltType molt_type_count_ =
    withRepr(makeIterType("itertools.count", countNext, countNew), countRepr);
MoltType molt_type_cycle_ = makeIterType("itertools.cycle", cycleNext, cycleNew);
MoltType molt_type_repeat_ = withMethods(
    withRepr(makeIterType("itertools.repeat", repeatNext, repeatNew), repeatRepr), kRepeatMethods);
MoltType molt_type_accumulate_ =
    makeIterType("itertools.accumulate", accumulateNext, accumulateNew);
MoltType molt_type_chain_ =
    withMethods(makeIterType("itertools.chain", chainNext, chainNew), kChainMethods);
MoltType molt_type_compress_ = makeIterType("itertools.compress", compressNext, compressNew);
MoltType molt_type_dropwhile_ = makeIterType("itertools.dropwhile", dropwhileNext, dropwhileNew);
MoltType molt_type_takewhile_ = makeIterType("itertools.takewhile", takewhileNext, takewhileNew);
MoltType molt_type_filterfalse_ =
    makeIterType("itertools.filterfalse", filterfalseNext, filterfalseNew);
MoltType molt_type_starmap_ = makeIterType("itertools.starmap", starmapNext, starmapNew);
MoltType molt_type_groupby_ = makeIterType("itertools.groupby", groupbyNext, groupbyNew);
MoltType molt_type_grouper_ = makeIterType("itertools._grouper", grouperNext, nullptr);
MoltType molt_type_islice_ = makeIterType("itertools.islice", isliceNext, isliceNew);
MoltType molt_type_pairwise_ = makeIterType("itertools.pairwise", pairwiseNext, pairwiseNew);
MoltType molt_type_batched_ = makeIterType("itertools.batched", batchedNext, batchedNew);
MoltType molt_type_tee_ = withMethods(makeIterType("itertools._tee", teeNext, teeNew), kTeeMethods);
MoltType molt_type_zip_longest_ =
    makeIterType("itertools.zip_longest", zipLongestNext, zipLongestNew);
MoltType molt_type_product_ = makeIterType("itertools.product", productNext, productNew);
MoltType molt_type_permutations_ =
    makeIterType("itertools.permutations", permutationsNext, permutationsNew);
MoltType molt_type_combinations_ =
    makeIterType("itertools.combinations", combinationsNext, combinationsNew);
MoltType molt_type_cwr_ = makeIterType("itertools.combinations_with_replacement", cwrNext, cwrNew);

} // namespace

namespace molt::rt {

void initItertoolsModule(NativeModuleBuilder &b) {
  b.addType(&molt_type_accumulate_);
  b.addType(&molt_type_batched_);
  b.addType(&molt_type_chain_);
  b.addType(&molt_type_combinations_);
  b.addType(&molt_type_cwr_);
  b.addType(&molt_type_compress_);
  b.addType(&molt_type_count_);
  b.addType(&molt_type_cycle_);
  b.addType(&molt_type_dropwhile_);
  b.addType(&molt_type_filterfalse_);
  b.addType(&molt_type_groupby_);
  b.addType(&molt_type_islice_);
  b.addType(&molt_type_pairwise_);
  b.addType(&molt_type_permutations_);
  b.addType(&molt_type_product_);
  b.addType(&molt_type_repeat_);
  b.addType(&molt_type_starmap_);
  b.addType(&molt_type_takewhile_);
  b.addFunc("tee", m_tee);
  b.addType(&molt_type_zip_longest_);
  b.addType(&molt_type_tee_); // also reachable as itertools._tee
  readyType(&molt_type_grouper_);
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native_itertools = {"itertools", molt::rt::initItertoolsModule, nullptr};
}
