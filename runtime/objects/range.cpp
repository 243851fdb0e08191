// The range type, range_iterator and longrange_iterator.
#include <string>

#include "container_util.h"
#include "molt/hash.h"
#include "molt/rangeobject.h"
#include "molt/sliceobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

MoltRange *rg(MoltValue v) { return as<MoltRange>(v); }

struct RangeIter {
  MoltObject ob;
  int64_t start, step, len, index;
};

struct LongRangeIter {
  MoltObject ob;
  MoltValue next, step, remaining; // ints
};

// An int value for a range argument (bools become ints; __index__ is used).
MoltValue toInt(MoltValue v) {
  if (molt_is_small_int(v)) return v;
  if (molt_is_bool(v)) return molt_small_int(int64_t(v & 1));
  if (molt_is_ptr(v) && isInstance(v, &molt_type_int)) {
    if (isExact(v, &molt_type_int)) return molt_newref(v);
    int64_t i;
    if (indexAsI64(v, &i) == 0) return molt_int_from_i64(i);
    if (!cu::clearOverflow()) return MOLT_ERROR;
    return molt_pos(v);
  }
  MoltType *t = molt_type_of(v);
  if (t->number && t->number->index) return t->number->index(v);
  return molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                        typeName(v));
}

bool asI64(MoltValue v, int64_t *out) {
  if (molt_is_small_int(v)) {
    *out = molt_small_int_val(v);
    return true;
  }
  if (indexAsI64(v, out) == 0) return true;
  molt_decref(molt_err_fetch());
  return false;
}

// Length of range(start, stop, step) as an int value.
MoltValue computeLength(MoltValue start, MoltValue stop, MoltValue step) {
  int64_t a, b, s;
  if (asI64(start, &a) && asI64(stop, &b) && asI64(step, &s)) {
    unsigned __int128 n = 0;
    if (s > 0 && a < b)
      n = (unsigned __int128)((__int128)b - a - 1) / (unsigned __int128)s + 1;
    else if (s < 0 && a > b)
      n = (unsigned __int128)((__int128)a - b - 1) / (unsigned __int128)(-(__int128)s) + 1;
    if (n <= (unsigned __int128)INT64_MAX) return molt_int_from_i64(int64_t(n));
  }
  // Generic: (hi - lo - 1) // |step| + 1 when lo < hi.
  int neg = molt_compare_bool(step, molt_small_int(0), MOLT_LT);
  if (neg < 0) return MOLT_ERROR;
  MoltValue lo = neg ? stop : start, hi = neg ? start : stop;
  int lt = molt_compare_bool(lo, hi, MOLT_LT);
  if (lt < 0) return MOLT_ERROR;
  if (!lt) return molt_small_int(0);
  MoltValue absStep = neg ? molt_neg(step) : molt_newref(step);
  if (molt_is_error(absStep)) return absStep;
  MoltValue diff = molt_sub(hi, lo);
  MoltValue r = MOLT_ERROR;
  if (!molt_is_error(diff)) {
    MoltValue d1 = molt_sub(diff, molt_small_int(1));
    if (!molt_is_error(d1)) {
      MoltValue q = molt_floordiv(d1, absStep);
      if (!molt_is_error(q)) {
        r = molt_add(q, molt_small_int(1));
        molt_decref(q);
      }
      molt_decref(d1);
    }
    molt_decref(diff);
  }
  molt_decref(absStep);
  return r;
}

// Steals start/stop/step.
MoltValue makeRange(MoltValue start, MoltValue stop, MoltValue step) {
  MoltValue len = computeLength(start, stop, step);
  if (molt_is_error(len)) {
    molt_decref(start);
    molt_decref(stop);
    molt_decref(step);
    return len;
  }
  auto *r = reinterpret_cast<MoltRange *>(allocObject(&molt_type_range, sizeof(MoltRange)));
  if (!r) {
    molt_decref(start);
    molt_decref(stop);
    molt_decref(step);
    molt_decref(len);
    return MOLT_ERROR;
  }
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = len;
  return molt_from_ptr(r);
}

void rangeDealloc(MoltObject *o) {
  auto *r = reinterpret_cast<MoltRange *>(o);
  molt_decref(r->start);
  molt_decref(r->stop);
  molt_decref(r->step);
  molt_decref(r->length);
  freeObject(o);
}

void rangeTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *r = reinterpret_cast<MoltRange *>(o);
  for (MoltValue v : {r->start, r->stop, r->step, r->length})
    if (molt_is_ptr(v)) visit(v, arg);
}

MoltValue rangeNewFn(MoltType *, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("range", kwnames) < 0 || cu::checkArgRange("range", int64_t(nargs), 1, 3) < 0)
    return MOLT_ERROR;
  MoltValue v[3] = {MOLT_NONE, MOLT_NONE, MOLT_NONE};
  for (size_t i = 0; i < nargs; ++i) {
    v[i] = toInt(args[i]);
    if (molt_is_error(v[i])) {
      for (size_t j = 0; j < i; ++j)
        molt_decref(v[j]);
      return MOLT_ERROR;
    }
  }
  if (nargs == 1) return makeRange(molt_small_int(0), v[0], molt_small_int(1));
  MoltValue step = nargs == 3 ? v[2] : molt_small_int(1);
  int zero = molt_compare_bool(step, molt_small_int(0), MOLT_EQ);
  if (zero != 0) {
    for (size_t j = 0; j < nargs; ++j)
      molt_decref(v[j]);
    if (zero > 0) molt_raise_fmt(&molt_type_ValueError, "range() arg 3 must not be zero");
    return MOLT_ERROR;
  }
  return makeRange(v[0], v[1], step);
}

MoltValue rangeRepr(MoltValue self) {
  MoltRange *r = rg(self);
  std::string out = "range(";
  if (cu::appendRepr(out, r->start) < 0) return MOLT_ERROR;
  out += ", ";
  if (cu::appendRepr(out, r->stop) < 0) return MOLT_ERROR;
  if (!(molt_is_small_int(r->step) && molt_small_int_val(r->step) == 1)) {
    out += ", ";
    if (cu::appendRepr(out, r->step) < 0) return MOLT_ERROR;
  }
  out += ")";
  return cu::finishStr(out);
}

int64_t rangeLen(MoltValue self) {
  int64_t n;
  if (indexAsI64(rg(self)->length, &n) < 0) {
    if (cu::clearOverflow())
      molt_raise_fmt(&molt_type_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return n;
}

int rangeBool(MoltValue self) {
  MoltValue len = rg(self)->length;
  return !(molt_is_small_int(len) && molt_small_int_val(len) == 0);
}

// start + i * step for an int value i (0 <= i < len).
MoltValue itemAt(MoltRange *r, MoltValue i) {
  int64_t a, s, k, res;
  if (molt_is_small_int(r->start) && molt_is_small_int(r->step) && molt_is_small_int(i)) {
    a = molt_small_int_val(r->start);
    s = molt_small_int_val(r->step);
    k = molt_small_int_val(i);
    if (!__builtin_mul_overflow(k, s, &res) && !__builtin_add_overflow(res, a, &res))
      return molt_int_from_i64(res);
  }
  MoltValue p = molt_mul(i, r->step);
  if (molt_is_error(p)) return p;
  MoltValue x = molt_add(r->start, p);
  molt_decref(p);
  return x;
}

// An int value for a slice bound (None -> dflt, borrowed); new reference.
MoltValue sliceBound(MoltValue v, MoltValue dflt) {
  if (v == MOLT_NONE) return molt_newref(dflt);
  MoltType *t = molt_type_of(v);
  if (!cu::isInt(v) && !(t->number && t->number->index))
    return molt_raise_fmt(&molt_type_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
  return toInt(v);
}

// Clamps an index into [lower, upper] after adding length to negatives.
MoltValue clampBound(MoltValue i, MoltValue length, MoltValue lower, MoltValue upper) {
  int neg = molt_compare_bool(i, molt_small_int(0), MOLT_LT);
  if (neg < 0) return MOLT_ERROR;
  MoltValue x = neg ? molt_add(i, length) : molt_newref(i);
  if (molt_is_error(x)) return x;
  int c = molt_compare_bool(x, lower, MOLT_LT);
  if (c == 0) c = molt_compare_bool(x, upper, MOLT_GT) > 0 ? 2 : 0;
  if (c < 0) {
    molt_decref(x);
    return MOLT_ERROR;
  }
  if (c == 1) {
    molt_decref(x);
    return molt_newref(lower);
  }
  if (c == 2) {
    molt_decref(x);
    return molt_newref(upper);
  }
  return x;
}

// r[slice] with arbitrary-size arithmetic (ranges longer than int64).
MoltValue rangeSliceGeneric(MoltRange *r, MoltValue key) {
  auto *s = as<MoltSlice>(key);
  MoltValue step = sliceBound(s->step, molt_small_int(1));
  if (molt_is_error(step)) return step;
  int zero = molt_compare_bool(step, molt_small_int(0), MOLT_EQ);
  int neg = zero == 0 ? molt_compare_bool(step, molt_small_int(0), MOLT_LT) : 0;
  if (zero != 0 || neg < 0) {
    molt_decref(step);
    if (zero > 0) molt_raise_fmt(&molt_type_ValueError, "slice step cannot be zero");
    return MOLT_ERROR;
  }
  MoltValue lower = molt_small_int(neg ? -1 : 0);
  MoltValue upper = molt_add(r->length, lower);
  MoltValue vals[2] = {MOLT_ERROR, MOLT_ERROR};
  MoltValue raw[2] = {s->start, s->stop};
  MoltValue dflt[2] = {neg ? upper : lower, neg ? lower : upper};
  bool ok = !molt_is_error(upper);
  for (int k = 0; ok && k < 2; ++k) {
    MoltValue b = sliceBound(raw[k], dflt[k]);
    if (molt_is_error(b)) {
      ok = false;
      break;
    }
    vals[k] = raw[k] == MOLT_NONE ? b : clampBound(b, r->length, lower, upper);
    if (raw[k] != MOLT_NONE) molt_decref(b);
    ok = !molt_is_error(vals[k]);
  }
  MoltValue result = MOLT_ERROR;
  if (ok) {
    MoltValue ns = itemAt(r, vals[0]);
    MoltValue ne = molt_is_error(ns) ? MOLT_ERROR : itemAt(r, vals[1]);
    MoltValue nk = molt_is_error(ne) ? MOLT_ERROR : molt_mul(step, r->step);
    if (molt_is_error(nk)) {
      molt_xdecref(ns);
      molt_xdecref(ne);
    } else {
      result = makeRange(ns, ne, nk);
    }
  }
  molt_xdecref(vals[0]);
  molt_xdecref(vals[1]);
  molt_xdecref(upper);
  molt_decref(step);
  return result;
}

MoltValue rangeGetItem(MoltValue self, MoltValue key) {
  MoltRange *r = rg(self);
  if (isSlice(key)) {
    int64_t len;
    if (!asI64(r->length, &len)) return rangeSliceGeneric(r, key);
    int64_t start, stop, step, n;
    if (sliceIndices(key, len, &start, &stop, &step, &n) < 0) return MOLT_ERROR;
    (void)n;
    // new range: start + start*step .. start + stop*step, step * step
    MoltValue vs = molt_int_from_i64(start), ve = molt_int_from_i64(stop),
              vk = molt_int_from_i64(step);
    MoltValue ns = MOLT_ERROR, ne = MOLT_ERROR, nk = MOLT_ERROR;
    MoltValue t1 = molt_mul(vs, r->step);
    if (!molt_is_error(t1)) {
      ns = molt_add(r->start, t1);
      molt_decref(t1);
    }
    MoltValue t2 = molt_mul(ve, r->step);
    if (!molt_is_error(t2)) {
      ne = molt_add(r->start, t2);
      molt_decref(t2);
    }
    nk = molt_mul(vk, r->step);
    molt_decref(vs);
    molt_decref(ve);
    molt_decref(vk);
    if (molt_is_error(ns) || molt_is_error(ne) || molt_is_error(nk)) {
      molt_xdecref(ns);
      molt_xdecref(ne);
      molt_xdecref(nk);
      return MOLT_ERROR;
    }
    return makeRange(ns, ne, nk);
  }
  MoltType *kt = molt_type_of(key);
  if (!cu::isInt(key) && !(kt->number && kt->number->index))
    return molt_raise_fmt(&molt_type_TypeError, "range indices must be integers or slices, not %s",
                          typeName(key));
  MoltValue i = toInt(key);
  if (molt_is_error(i)) return i;
  int neg = molt_compare_bool(i, molt_small_int(0), MOLT_LT);
  if (neg > 0) {
    MoltValue j = molt_add(i, r->length);
    molt_decref(i);
    if (molt_is_error(j)) return j;
    i = j;
  }
  int bad = neg < 0 ? -1 : molt_compare_bool(i, molt_small_int(0), MOLT_LT);
  if (bad == 0) bad = molt_compare_bool(i, r->length, MOLT_GE);
  if (bad != 0) {
    molt_decref(i);
    if (bad > 0) molt_raise_fmt(&molt_type_IndexError, "range object index out of range");
    return MOLT_ERROR;
  }
  MoltValue x = itemAt(r, i);
  molt_decref(i);
  return x;
}

// For an int key: 1 if in range, 0 if not, -1 error.
int containsInt(MoltRange *r, MoltValue key) {
  int64_t a, b, s, k;
  if (molt_is_small_int(key) && molt_is_small_int(r->start) && molt_is_small_int(r->stop) &&
      molt_is_small_int(r->step)) {
    a = molt_small_int_val(r->start);
    b = molt_small_int_val(r->stop);
    s = molt_small_int_val(r->step);
    k = molt_small_int_val(key);
    if (s > 0) {
      if (k < a || k >= b) return 0;
    } else if (k > a || k <= b) {
      return 0;
    }
    return (k - a) % s == 0;
  }
  int pos = molt_compare_bool(r->step, molt_small_int(0), MOLT_GT);
  if (pos < 0) return -1;
  int c1 =
      pos ? molt_compare_bool(r->start, key, MOLT_LE) : molt_compare_bool(key, r->start, MOLT_LE);
  if (c1 <= 0) return c1;
  int c2 =
      pos ? molt_compare_bool(key, r->stop, MOLT_LT) : molt_compare_bool(r->stop, key, MOLT_LT);
  if (c2 <= 0) return c2;
  MoltValue d = molt_sub(key, r->start);
  if (molt_is_error(d)) return -1;
  MoltValue m = molt_mod(d, r->step);
  molt_decref(d);
  if (molt_is_error(m)) return -1;
  int z = molt_compare_bool(m, molt_small_int(0), MOLT_EQ);
  molt_decref(m);
  return z;
}

bool isExactIntOrBool(MoltValue v) {
  return molt_is_small_int(v) || molt_is_bool(v) || isExact(v, &molt_type_int);
}

int rangeContains(MoltValue self, MoltValue key) {
  MoltRange *r = rg(self);
  if (isExactIntOrBool(key)) {
    MoltValue k = molt_is_bool(key) ? molt_small_int(int64_t(key & 1)) : key;
    return containsInt(r, k);
  }
  int found = 0;
  int rc = forEach(self, [&](MoltValue item) {
    int e = equals(item, key);
    if (e < 0) return -1;
    if (e) {
      found = 1;
      return 1;
    }
    return 0;
  });
  return rc < 0 ? -1 : found;
}

MoltValue rangeRichCompare(MoltValue a, MoltValue b, int op) {
  if (!isExact(a, &molt_type_range) || !isExact(b, &molt_type_range) ||
      (op != MOLT_EQ && op != MOLT_NE))
    return molt_not_implemented();
  MoltRange *x = rg(a), *y = rg(b);
  int eq;
  if (a == b) {
    eq = 1;
  } else {
    eq = molt_compare_bool(x->length, y->length, MOLT_EQ);
    if (eq > 0 && !(molt_is_small_int(x->length) && molt_small_int_val(x->length) == 0)) {
      eq = molt_compare_bool(x->start, y->start, MOLT_EQ);
      if (eq > 0 && !(molt_is_small_int(x->length) && molt_small_int_val(x->length) == 1))
        eq = molt_compare_bool(x->step, y->step, MOLT_EQ);
    }
  }
  if (eq < 0) return MOLT_ERROR;
  return molt_bool((eq != 0) == (op == MOLT_EQ));
}

int rangeHash(MoltValue self, int64_t *out) {
  MoltRange *r = rg(self);
  MoltValue items[3] = {r->length, MOLT_NONE, MOLT_NONE};
  bool empty = molt_is_small_int(r->length) && molt_small_int_val(r->length) == 0;
  bool one = molt_is_small_int(r->length) && molt_small_int_val(r->length) == 1;
  if (!empty) {
    items[1] = r->start;
    if (!one) items[2] = r->step;
  }
  TupleHasher h;
  for (MoltValue v : items) {
    int64_t ih;
    if (hashValue(v, &ih) < 0) return -1;
    h.add(ih);
  }
  *out = h.finish(3);
  return 0;
}

MoltValue rangeIterNew(MoltValue start, MoltValue step, MoltValue len) {
  int64_t a, s, n;
  if (asI64(start, &a) && asI64(step, &s) && asI64(len, &n)) {
    int64_t last;
    if (n == 0 ||
        (!__builtin_mul_overflow(n - 1, s, &last) && !__builtin_add_overflow(a, last, &last))) {
      auto *it =
          reinterpret_cast<RangeIter *>(allocObject(&molt_type_range_iterator, sizeof(RangeIter)));
      if (!it) return MOLT_ERROR;
      it->start = a;
      it->step = s;
      it->len = n;
      it->index = 0;
      return molt_from_ptr(it);
    }
  }
  auto *it = reinterpret_cast<LongRangeIter *>(
      allocObject(&molt_type_longrange_iterator, sizeof(LongRangeIter)));
  if (!it) return MOLT_ERROR;
  it->next = molt_newref(start);
  it->step = molt_newref(step);
  it->remaining = molt_newref(len);
  return molt_from_ptr(it);
}

MoltValue rangeIter(MoltValue self) {
  MoltRange *r = rg(self);
  return rangeIterNew(r->start, r->step, r->length);
}

MoltValue rangeIterNext(MoltValue self) {
  auto *it = as<RangeIter>(self);
  if (it->index >= it->len) return MOLT_STOP;
  return molt_int_from_i64(it->start + it->step * it->index++);
}

MoltValue longRangeIterNext(MoltValue self) {
  auto *it = as<LongRangeIter>(self);
  int more = molt_compare_bool(it->remaining, molt_small_int(0), MOLT_GT);
  if (more <= 0) return more < 0 ? MOLT_ERROR : MOLT_STOP;
  MoltValue rem = molt_sub(it->remaining, molt_small_int(1));
  if (molt_is_error(rem)) return rem;
  MoltValue nxt = molt_add(it->next, it->step);
  if (molt_is_error(nxt)) {
    molt_decref(rem);
    return nxt;
  }
  molt_decref(it->remaining);
  it->remaining = rem;
  MoltValue cur = it->next;
  it->next = nxt;
  return cur;
}

void longRangeIterDealloc(MoltObject *o) {
  auto *it = reinterpret_cast<LongRangeIter *>(o);
  molt_decref(it->next);
  molt_decref(it->step);
  molt_decref(it->remaining);
  freeObject(o);
}

void longRangeIterTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *it = reinterpret_cast<LongRangeIter *>(o);
  for (MoltValue v : {it->next, it->step, it->remaining})
    if (molt_is_ptr(v)) visit(v, arg);
}

void rangeIterDealloc(MoltObject *o) { freeObject(o); }

MoltValue range_reversed(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("range.__reversed__", kw) < 0 ||
      cu::noArgs("range.__reversed__", int64_t(nargs) - 1) < 0)
    return MOLT_ERROR;
  MoltRange *r = rg(args[0]);
  // last = start + (len - 1) * step, step = -step
  MoltValue lm1 = molt_sub(r->length, molt_small_int(1));
  if (molt_is_error(lm1)) return lm1;
  MoltValue last = itemAt(r, lm1);
  molt_decref(lm1);
  if (molt_is_error(last)) return last;
  MoltValue nstep = molt_neg(r->step);
  if (molt_is_error(nstep)) {
    molt_decref(last);
    return nstep;
  }
  MoltValue it = rangeIterNew(last, nstep, r->length);
  molt_decref(last);
  molt_decref(nstep);
  return it;
}

MoltValue range_count(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("range.count", kw) < 0 || cu::exactlyOne("range.count", int64_t(nargs) - 1) < 0)
    return MOLT_ERROR;
  if (isExactIntOrBool(args[1])) {
    int c = rangeContains(args[0], args[1]);
    return c < 0 ? MOLT_ERROR : molt_small_int(c);
  }
  int64_t count = 0;
  int rc = forEach(args[0], [&](MoltValue item) {
    int e = equals(item, args[1]);
    if (e < 0) return -1;
    count += e;
    return 0;
  });
  return rc < 0 ? MOLT_ERROR : molt_int_from_i64(count);
}

MoltValue range_index(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (cu::noKwargs("range.index", kw) < 0 || cu::exactlyOne("range.index", int64_t(nargs) - 1) < 0)
    return MOLT_ERROR;
  MoltRange *r = rg(args[0]);
  MoltValue key = args[1];
  if (isExactIntOrBool(key)) {
    MoltValue k = molt_is_bool(key) ? molt_small_int(int64_t(key & 1)) : key;
    int c = containsInt(r, k);
    if (c < 0) return MOLT_ERROR;
    if (c == 0) {
      std::string rep;
      if (!cu::reprString(key, rep)) return MOLT_ERROR;
      return molt_raise_fmt(&molt_type_ValueError, "%s is not in range", rep.c_str());
    }
    MoltValue d = molt_sub(k, r->start);
    if (molt_is_error(d)) return d;
    MoltValue q = molt_floordiv(d, r->step);
    molt_decref(d);
    return q;
  }
  int64_t index = 0, found = -1;
  int rc = forEach(args[0], [&](MoltValue item) {
    int e = equals(item, key);
    if (e < 0) return -1;
    if (e) {
      found = index;
      return 1;
    }
    ++index;
    return 0;
  });
  if (rc < 0) return MOLT_ERROR;
  if (found < 0)
    return molt_raise_fmt(&molt_type_ValueError, "sequence.index(x): x not in sequence");
  return molt_int_from_i64(found);
}

MoltValue rangeGetStart(MoltValue self) { return molt_newref(rg(self)->start); }
MoltValue rangeGetStop(MoltValue self) { return molt_newref(rg(self)->stop); }
MoltValue rangeGetStep(MoltValue self) { return molt_newref(rg(self)->step); }

MoltValue rangeIterLengthHint(MoltValue, const MoltValue *args, size_t, MoltValue) {
  MoltObject *o = molt_ptr(args[0]);
  if (o->type == &molt_type_range_iterator) {
    auto *it = reinterpret_cast<RangeIter *>(o);
    return molt_int_from_i64(it->len - it->index);
  }
  return molt_newref(reinterpret_cast<LongRangeIter *>(o)->remaining);
}

const NumberSlots kRangeNumber = {.bool_ = rangeBool};
const ContainerSlots kRangeContainer = {
    .len = rangeLen, .getitem = rangeGetItem, .contains = rangeContains};
// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kRangeMethods[] = {
    {"__reversed__", range_reversed, 0},
    {"count", nullptr, 0},
    {"index", nullptr, 0},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_range_count(void) { installMethod(kRangeMethods, "count", range_count); }
extern "C" void molt_use_range_index(void) { installMethod(kRangeMethods, "index", range_index); }
const GetSetDef kRangeGetSets[] = {
    {"start", rangeGetStart, nullptr},
    {"stop", rangeGetStop, nullptr},
    {"step", rangeGetStep, nullptr},
    {nullptr, nullptr, nullptr},
};
const MethodDef kRangeIterMethods[] = {
    {"__length_hint__", rangeIterLengthHint, 0},
    {nullptr, nullptr, 0},
};

} // namespace

// The behaviour of range is filled by molt_use_range, which the generated
// main calls when the program can create a range (compiler/codegen/Features.cpp).
MoltType molt_type_range = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "range",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltRange),
    .dealloc = rangeDealloc,
    .traverse = rangeTraverse,
    .repr = nullptr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

MoltType molt::rt::molt_type_range_iterator = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "range_iterator",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(RangeIter),
    .dealloc = rangeIterDealloc,
    .traverse = nullptr,
    .iter = cu::iterSelf,
    .iternext = rangeIterNext,
    .methods = kRangeIterMethods,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

MoltType molt::rt::molt_type_longrange_iterator = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "longrange_iterator",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(LongRangeIter),
    .dealloc = longRangeIterDealloc,
    .traverse = longRangeIterTraverse,
    .iter = cu::iterSelf,
    .iternext = longRangeIterNext,
    .methods = kRangeIterMethods,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

namespace molt::rt {

MoltValue rangeNewI64(int64_t start, int64_t stop, int64_t step) {
  MoltValue a = molt_int_from_i64(start);
  if (molt_is_error(a)) return a;
  MoltValue b = molt_int_from_i64(stop);
  if (molt_is_error(b)) {
    molt_decref(a);
    return b;
  }
  MoltValue s = molt_int_from_i64(step);
  if (molt_is_error(s)) {
    molt_decref(a);
    molt_decref(b);
    return s;
  }
  return makeRange(a, b, s);
}

bool rangeAsI64(MoltValue r, int64_t *start, int64_t *stop, int64_t *step, int64_t *len) {
  if (!isExact(r, &molt_type_range)) return false;
  MoltRange *x = rg(r);
  return asI64(x->start, start) && asI64(x->stop, stop) && asI64(x->step, step) &&
         asI64(x->length, len);
}

} // namespace molt::rt

extern "C" void molt_use_range(void) {
  molt_type_range.repr = rangeRepr;
  molt_type_range.hash = rangeHash;
  molt_type_range.richcompare = rangeRichCompare;
  molt_type_range.iter = rangeIter;
  molt_type_range.number = &kRangeNumber;
  molt_type_range.container = &kRangeContainer;
  molt_type_range.methods = kRangeMethods;
  molt_type_range.getsets = kRangeGetSets;
  molt_type_range.new_ = rangeNewFn;
}
