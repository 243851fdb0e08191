// The `bisect` module (native): bisect_left/right and insort_left/right with
// lo, hi and key, over any sequence (a fast path reads list items directly).
#include <string>

#include "native.h"

using namespace molt::rt;

namespace {

struct BisectArgs {
  MoltValue a, x, key;
  int64_t lo, hi;
};

int parseBisect(const char *fname, const MoltValue *args, size_t n, MoltValue kw, BisectArgs *out) {
  static const char *const names[] = {"a", "x", "lo", "hi", "key"};
  if (n > 4) {
    // Argument clinic counts keyword-only key once all five are passed.
    if (n > 5)
      molt_raise_fmt(&molt_type_TypeError, "%s() takes at most 5 arguments (%zu given)", fname, n);
    else
      molt_raise_fmt(&molt_type_TypeError, "%s() takes at most 4 positional arguments (%zu given)",
                     fname, n);
    return -1;
  }
  MoltValue v[5];
  if (parseArgs(fname, args, n, kw, names, 5, 4, 2, v) < 0) return -1;
  out->a = v[0];
  out->x = v[1];
  out->key = v[4] == MOLT_UNBOUND ? MOLT_NONE : v[4];
  out->lo = 0;
  if (v[2] != MOLT_UNBOUND) {
    if (molt_is_float(v[2]) || !isInt(v[2])) {
      molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     typeName(v[2]));
      return -1;
    }
    if (indexAsI64(v[2], &out->lo) < 0) return -1;
    if (out->lo < 0) {
      molt_raise_fmt(&molt_type_ValueError, "lo must be non-negative");
      return -1;
    }
  }
  if (v[3] == MOLT_UNBOUND || v[3] == MOLT_NONE) {
    MoltValue len = molt_builtin_len(MOLT_NONE, &out->a, 1, MOLT_NONE);
    if (molt_is_error(len)) return -1;
    indexAsI64(len, &out->hi);
    molt_decref(len);
  } else {
    if (molt_is_float(v[3]) || !isInt(v[3])) {
      molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     typeName(v[3]));
      return -1;
    }
    if (indexAsI64(v[3], &out->hi) < 0) return -1;
  }
  return 0;
}

/// a[i] (new reference), with key applied when given.
MoltValue itemAt(const BisectArgs &b, int64_t i) {
  MoltValue item;
  if (isExact(b.a, &molt_type_list) && i < as<MoltList>(b.a)->size) {
    item = molt_newref(as<MoltList>(b.a)->items[i]);
  } else {
    MoltValue idx = molt_int_from_i64(i);
    item = molt_getitem(b.a, idx);
    molt_decref(idx);
    if (molt_is_error(item)) return item;
  }
  if (b.key == MOLT_NONE) return item;
  MoltValue k = molt_call(b.key, &item, 1, MOLT_NONE);
  molt_decref(item);
  return k;
}

inline int less(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b))
    return molt_small_int_val(a) < molt_small_int_val(b);
  if (molt_is_float(a) && molt_is_float(b)) return molt_float_val(a) < molt_float_val(b);
  return molt_compare_bool(a, b, MOLT_LT);
}

/// The insertion point of x (already key'ed) in [lo, hi): -1 on error.
int64_t search(const BisectArgs &b, MoltValue x, bool right) {
  int64_t lo = b.lo, hi = b.hi;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    MoltValue m = itemAt(b, mid);
    if (molt_is_error(m)) return -1;
    int lt = right ? less(x, m) : less(m, x);
    molt_decref(m);
    if (lt < 0) return -1;
    if (right) {
      if (lt)
        hi = mid;
      else
        lo = mid + 1;
    } else {
      if (lt)
        lo = mid + 1;
      else
        hi = mid;
    }
  }
  return lo;
}

MoltValue bisectImpl(const char *fname, const MoltValue *args, size_t n, MoltValue kw, bool right) {
  BisectArgs b;
  if (parseBisect(fname, args, n, kw, &b) < 0) return MOLT_ERROR;
  int64_t r = search(b, b.x, right);
  if (r < 0) return MOLT_ERROR;
  return molt_int_from_i64(r);
}

MoltValue insortImpl(const char *fname, const MoltValue *args, size_t n, MoltValue kw, bool right) {
  BisectArgs b;
  if (parseBisect(fname, args, n, kw, &b) < 0) return MOLT_ERROR;
  MoltValue kx = b.x;
  if (b.key != MOLT_NONE) {
    kx = molt_call(b.key, &b.x, 1, MOLT_NONE);
    if (molt_is_error(kx)) return kx;
  } else {
    molt_incref(kx);
  }
  int64_t r = search(b, kx, right);
  molt_decref(kx);
  if (r < 0) return MOLT_ERROR;
  MoltValue callArgs[3] = {b.a, molt_int_from_i64(r), b.x};
  MoltValue res = molt_call_method(internStr("insert"), callArgs, 3, MOLT_NONE);
  molt_decref(callArgs[1]);
  if (molt_is_error(res)) return res;
  molt_decref(res);
  return MOLT_NONE;
}

MoltValue b_bisect_right(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return bisectImpl("bisect_right", a, n, kw, true);
}
MoltValue b_bisect_left(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return bisectImpl("bisect_left", a, n, kw, false);
}
MoltValue b_insort_right(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return insortImpl("insort_right", a, n, kw, true);
}
MoltValue b_insort_left(MoltValue, const MoltValue *a, size_t n, MoltValue kw) {
  return insortImpl("insort_left", a, n, kw, false);
}

} // namespace

namespace molt::rt {

void initBisectModule(NativeModuleBuilder &b) {
  MoltValue br = makeBuiltinFunction("bisect_right", b_bisect_right, MOLT_NONE);
  MoltValue ir = makeBuiltinFunction("insort_right", b_insort_right, MOLT_NONE);
  b.add("bisect_right", br);
  b.add("bisect", br);
  b.addFunc("bisect_left", b_bisect_left);
  b.add("insort_right", ir);
  b.add("insort", ir);
  b.addFunc("insort_left", b_insort_left);
}

} // namespace molt::rt

// The module as the generated main registers it (native.h).
extern "C" {
MoltNativeModule molt_native_bisect = {"bisect", molt::rt::initBisectModule, nullptr};
}
