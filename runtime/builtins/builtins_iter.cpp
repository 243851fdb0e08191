// Builtin functions over iterables: all, any, iter, next, max, min, sum, sorted.
#include <cmath>
#include <string>

#include "builtins_internal.h"
#include "molt/heaptype.h"
#include "molt/intobject.h"

using namespace molt::rt;

namespace {

// a < b etc. for min/max: small ints and floats inline.
inline int compareFast(MoltValue a, MoltValue b, int op) {
  if (molt_is_small_int(a) && molt_is_small_int(b)) {
    int64_t x = molt_small_int_val(a), y = molt_small_int_val(b);
    return op == MOLT_GT ? x > y : x < y;
  }
  if (molt_is_float(a) && molt_is_float(b)) {
    double x = molt_float_val(a), y = molt_float_val(b);
    return op == MOLT_GT ? x > y : x < y;
  }
  return molt_compare_bool(a, b, op);
}

bool noKw(const char *name, MoltValue kwnames) {
  if (kwCount(kwnames) == 0) return true;
  molt_raise_fmt(&molt_type_TypeError, "%s() takes no keyword arguments", name);
  return false;
}

MoltValue allAny(const MoltValue *args, size_t nargs, MoltValue kwnames, bool isAll) {
  const char *name = isAll ? "all" : "any";
  if (!noKw(name, kwnames)) return MOLT_ERROR;
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "%s() takes exactly one argument (%zd given)", name,
                          static_cast<ptrdiff_t>(nargs));
  bool result = isAll;
  int rc = forEach(args[0], [&](MoltValue item) {
    int t = molt_truthy(item);
    if (t < 0) return -1;
    if (isAll && !t) {
      result = false;
      return 1;
    }
    if (!isAll && t) {
      result = true;
      return 1;
    }
    return 0;
  });
  if (rc < 0) return MOLT_ERROR;
  return molt_bool(result);
}

MoltValue minMax(const MoltValue *args, size_t nargs, MoltValue kwnames, bool isMax) {
  const char *name = isMax ? "max" : "min";
  static const char *const kNames[] = {"key", "default"};
  MoltValue kw[2] = {MOLT_NONE, MOLT_UNBOUND};
  if (bindKeywords(name, kwnames, args + nargs, kNames, 2, kw) < 0) return MOLT_ERROR;
  if (nargs == 0)
    return molt_raise_fmt(&molt_type_TypeError, "%s expected at least 1 argument, got 0", name);
  if (nargs > 1 && kw[1] != MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_TypeError,
                          "Cannot specify a default for %s() with multiple positional arguments",
                          name);
  MoltValue key = kw[0];
  MoltValue best = MOLT_UNBOUND, bestKey = MOLT_UNBOUND;
  int op = isMax ? MOLT_GT : MOLT_LT;
  auto consider = [&](MoltValue item) -> int {
    MoltValue k;
    if (key == MOLT_NONE) {
      k = molt_newref(item);
    } else {
      k = molt_call(key, &item, 1, MOLT_NONE);
      if (molt_is_error(k)) return -1;
    }
    if (best == MOLT_UNBOUND) {
      best = molt_newref(item);
      bestKey = k;
      return 0;
    }
    int c = compareFast(k, bestKey, op);
    if (c < 0) {
      molt_decref(k);
      return -1;
    }
    if (c) {
      molt_decref(best);
      molt_decref(bestKey);
      best = molt_newref(item);
      bestKey = k;
    } else {
      molt_decref(k);
    }
    return 0;
  };
  int rc = 0;
  if (nargs == 1) {
    rc = forEach(args[0], consider);
  } else {
    for (size_t i = 0; i < nargs && rc == 0; i++)
      rc = consider(args[i]);
  }
  if (rc < 0) {
    if (best != MOLT_UNBOUND) {
      molt_decref(best);
      molt_decref(bestKey);
    }
    return MOLT_ERROR;
  }
  if (best == MOLT_UNBOUND) {
    if (kw[1] != MOLT_UNBOUND) return molt_newref(kw[1]);
    return molt_raise_fmt(&molt_type_ValueError, "%s() iterable argument is empty", name);
  }
  molt_decref(bestKey);
  return best;
}

// v as an int64 if it is an exact int or a bool that fits (what sum() keeps
// in a machine int).
inline bool exactI64(MoltValue v, int64_t *out) {
  if (molt_is_small_int(v)) {
    *out = molt_small_int_val(v);
    return true;
  }
  if (molt_is_bool(v)) {
    *out = static_cast<int64_t>(v & 1);
    return true;
  }
  return molt_is_ptr(v) && molt_type_of(v) == &molt_type_int && intToI64(v, out);
}

// sum()'s running state is two values (slots of the caller's loop for an
// inlined generator expression). *phase is a small int while the total is
// an int that fits int64: 0 with the total in *acc (a small int), or
// kWideInt + its low 16 bits with the rest in *acc (so a total past the
// small-int range allocates nothing). It is a float while the total is a
// float: the running compensation of Neumaier's summation, with the total
// in *acc. It is None once addition is generic (*acc any object). A phase is
// never re-entered, as in CPython.
constexpr int64_t kWideInt = int64_t(1) << 16;

inline int64_t intTotal(MoltValue acc, MoltValue phase) {
  int64_t p = molt_small_int_val(phase);
  if (p == 0) return molt_small_int_val(acc);
  return static_cast<int64_t>(static_cast<uint64_t>(molt_small_int_val(acc)) << 16) |
         (p - kWideInt);
}

inline void setIntTotal(MoltValue *acc, MoltValue *phase, int64_t t) {
  if (molt_fits_small(t)) {
    *acc = molt_small_int(t);
    *phase = molt_small_int(0);
  } else {
    *acc = molt_small_int(t >> 16);
    *phase = molt_small_int(kWideInt | (t & 0xFFFF));
  }
}

// One step of sum(): adds item (borrowed) to the running state.
inline int sumAdd(MoltValue *acc, MoltValue *phase, MoltValue item) {
  if (molt_is_small_int(*phase)) {
    int64_t a = intTotal(*acc, *phase), b, r;
    if (exactI64(item, &b) && !__builtin_add_overflow(a, b, &r)) {
      setIntTotal(acc, phase, r);
      return 0;
    }
    MoltValue total = molt_int_from_i64(a);
    if (molt_is_error(total)) return -1;
    MoltValue t = molt_add(total, item);
    molt_decref(total);
    if (molt_is_error(t)) return -1;
    *acc = t;
    *phase = molt_is_float(t) ? molt_float(0.0) : MOLT_NONE;
    return 0;
  }
  if (molt_is_float(*phase)) {
    double f = molt_float_val(*acc), c = molt_float_val(*phase);
    int64_t b;
    if (molt_is_float(item)) {
      double x = molt_float_val(item);
      double t = f + x;
      if (std::fabs(f) >= std::fabs(x))
        c += (f - t) + x;
      else
        c += (x - t) + f;
      *acc = molt_float(t);
      *phase = molt_float(c);
      return 0;
    }
    if (isInt(item) && intToI64(item, &b)) {
      *acc = molt_float(f + static_cast<double>(b));
      return 0;
    }
    if (c != 0.0 && std::isfinite(c)) f += c;
    *acc = molt_float(f);
    *phase = MOLT_NONE;
  }
  MoltValue t = molt_add(*acc, item);
  if (molt_is_error(t)) return -1;
  molt_decref(*acc);
  *acc = t;
  return 0;
}

} // namespace

extern "C" {

MoltValue molt_builtin_all(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  return allAny(args, nargs, kwnames, true);
}

MoltValue molt_builtin_any(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  return allAny(args, nargs, kwnames, false);
}

MoltValue molt_builtin_iter(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!noKw("iter", kwnames)) return MOLT_ERROR;
  if (nargs == 0)
    return molt_raise_fmt(&molt_type_TypeError, "iter expected at least 1 argument, got 0");
  if (nargs > 2)
    return molt_raise_fmt(&molt_type_TypeError, "iter expected at most 2 arguments, got %zd",
                          static_cast<ptrdiff_t>(nargs));
  if (nargs == 1) return molt_iter(args[0]);
  if (molt_type_of(args[0])->call == nullptr)
    return molt_raise_fmt(&molt_type_TypeError, "iter(object, sentinel): object must be callable");
  return callableIterNew(args[0], args[1]);
}

MoltValue molt_builtin_next(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (!noKw("next", kwnames)) return MOLT_ERROR;
  if (nargs == 0)
    return molt_raise_fmt(&molt_type_TypeError, "next expected at least 1 argument, got 0");
  if (nargs > 2)
    return molt_raise_fmt(&molt_type_TypeError, "next expected at most 2 arguments, got %zd",
                          static_cast<ptrdiff_t>(nargs));
  if (molt_type_of(args[0])->iternext == nullptr)
    return molt_raise_fmt(&molt_type_TypeError, "'%T' object is not an iterator", args[0]);
  if (molt_type_of(args[0]) == &molt_type_generator)
    return genNextBuiltin(args[0], nargs == 2 ? args[1] : MOLT_UNBOUND);
  // A class's __next__ is called directly so a StopIteration it raises
  // reaches the caller with its value (the slot trampoline maps it to MOLT_STOP).
  MoltValue r = isHeapType(molt_type_of(args[0])) ? callSpecialC(args[0], "__next__", nullptr, 0)
                                                  : MOLT_UNBOUND;
  if (r == MOLT_UNBOUND) r = molt_iter_next(args[0]);
  if (r == MOLT_STOP) {
    if (nargs == 2) return molt_newref(args[1]);
    MoltValue e = excCreate(&molt_type_StopIteration, nullptr, 0);
    if (molt_is_error(e)) return MOLT_ERROR;
    return raiseInstance(e);
  }
  if (molt_is_error(r) && nargs == 2 && errPendingMatches(&molt_type_StopIteration)) {
    errClear();
    return molt_newref(args[1]);
  }
  return r;
}

MoltValue molt_builtin_max(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  return minMax(args, nargs, kwnames, true);
}

MoltValue molt_builtin_min(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  return minMax(args, nargs, kwnames, false);
}

MoltValue molt_builtin_sum(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  static const char *const kNames[] = {"start"};
  size_t nkw = kwCount(kwnames);
  if (nargs + nkw > 2)
    return molt_raise_fmt(&molt_type_TypeError, "sum() takes at most 2 arguments (%zd given)",
                          static_cast<ptrdiff_t>(nargs + nkw));
  if (nargs == 0)
    return molt_raise_fmt(&molt_type_TypeError,
                          "sum() takes at least 1 positional argument (0 given)");
  MoltValue kw[1] = {MOLT_UNBOUND};
  if (bindKeywords("sum", kwnames, args + nargs, kNames, 1, kw) < 0) return MOLT_ERROR;
  if (nargs == 2 && kw[0] != MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_TypeError,
                          "argument for sum() given by name ('start') and position (2)");
  MoltValue start = nargs == 2 ? args[1] : kw[0] == MOLT_UNBOUND ? molt_small_int(0) : kw[0];
  if (isStr(start))
    return molt_raise_fmt(&molt_type_TypeError,
                          "sum() can't sum strings [use ''.join(seq) instead]");
  if (isInstance(start, &molt_type_bytes))
    return molt_raise_fmt(&molt_type_TypeError,
                          "sum() can't sum bytes [use b''.join(seq) instead]");
  if (isInstance(start, &molt_type_bytearray))
    return molt_raise_fmt(&molt_type_TypeError,
                          "sum() can't sum bytearray [use b''.join(seq) instead]");

  // The running state of sumAdd: ints while the total fits int64, floats
  // while they stay floats, generic addition after that (CPython's order).
  MoltValue it = molt_iter(args[0]);
  if (molt_is_error(it)) return MOLT_ERROR;
  NextFn next = stableNext(it);
  int64_t t0;
  MoltValue acc = MOLT_NONE, phase = MOLT_NONE;
  if (exactI64(start, &t0) && !molt_is_bool(start)) {
    setIntTotal(&acc, &phase, t0);
  } else {
    acc = molt_newref(start);
    if (molt_is_float(start)) phase = molt_float(0.0);
  }
  for (;;) {
    MoltValue item = nextItem(it, next);
    if (item == MOLT_STOP) break;
    int rc = -1;
    if (!molt_is_error(item)) {
      rc = sumAdd(&acc, &phase, item);
      molt_decref(item);
    }
    if (rc < 0) {
      molt_decref(acc);
      molt_decref(it);
      return MOLT_ERROR;
    }
  }
  molt_decref(it);
  return molt_sum_result(&acc, &phase);
}

int molt_sum_add(MoltValue *acc, MoltValue *phase, MoltValue item) {
  return sumAdd(acc, phase, item);
}

MoltValue molt_sum_result(MoltValue *acc, MoltValue *phase) {
  MoltValue r = *acc;
  *acc = MOLT_UNBOUND;
  if (molt_is_small_int(*phase)) {
    r = molt_int_from_i64(intTotal(r, *phase));
  } else if (molt_is_float(*phase)) {
    double f = molt_float_val(r), c = molt_float_val(*phase);
    // The compensation is not added to an infinite or NaN total (it would turn inf into NaN).
    if (c != 0.0 && std::isfinite(c)) f += c;
    r = molt_float(f);
  }
  *phase = MOLT_NONE;
  return r;
}

int molt_minmax_add(MoltValue *best, MoltValue item, int op) {
  if (*best == MOLT_UNBOUND) {
    *best = molt_newref(item);
    return 0;
  }
  int c = compareFast(item, *best, op);
  if (c > 0) {
    MoltValue old = *best;
    *best = molt_newref(item);
    molt_decref(old);
  }
  return c < 0 ? -1 : 0;
}

MoltValue molt_minmax_result(MoltValue *best, int op) {
  MoltValue r = *best;
  *best = MOLT_UNBOUND;
  if (r != MOLT_UNBOUND) return r;
  return molt_raise_fmt(&molt_type_ValueError, "%s() iterable argument is empty",
                        op == MOLT_GT ? "max" : "min");
}

MoltValue molt_builtin_sorted(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "sorted expected 1 argument, got %zd",
                          static_cast<ptrdiff_t>(nargs));
  MoltValue list = molt_list_new(nullptr, 0);
  if (molt_is_error(list)) return MOLT_ERROR;
  if (molt_list_extend(list, args[0]) < 0) {
    molt_decref(list);
    return MOLT_ERROR;
  }
  size_t nkw = kwCount(kwnames);
  MoltValue margs[8];
  if (nkw > 7)
    return molt_raise_fmt(&molt_type_TypeError, "sort() takes at most 2 keyword arguments");
  margs[0] = list;
  for (size_t i = 0; i < nkw; i++)
    margs[1 + i] = args[1 + i];
  MoltValue r = molt_call_method(internStr("sort"), margs, 1, kwnames);
  if (molt_is_error(r)) {
    molt_decref(list);
    return MOLT_ERROR;
  }
  molt_decref(r);
  return list;
}

} // extern "C"
