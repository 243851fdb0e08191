// Builtin functions over iterables: all, any, iter, next, max, min, sum, sorted.
#include <cmath>
#include <string>

#include "builtins_internal.h"
#include "molt/heaptype.h"

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

  MoltValue it = molt_iter(args[0]);
  if (molt_is_error(it)) return MOLT_ERROR;
  NextFn next = stableNext(it);
  MoltValue result = molt_newref(start);
  MoltValue item = MOLT_UNBOUND; // an item not yet added (carried between phases)

  // Phase 1: exact ints accumulated in int64 while they fit.
  if (molt_is_small_int(result)) {
    int64_t acc = molt_small_int_val(result);
    for (;;) {
      item = nextItem(it, next);
      if (item == MOLT_STOP || molt_is_error(item)) break;
      if (molt_is_small_int(item) || molt_is_bool(item)) {
        int64_t b = molt_is_bool(item) ? static_cast<int64_t>(item & 1) : molt_small_int_val(item);
        int64_t r;
        if (!__builtin_add_overflow(acc, b, &r)) {
          acc = r;
          continue;
        }
      }
      break;
    }
    result = molt_int_from_i64(acc);
    if (molt_is_error(result)) {
      molt_xdecref(item);
      molt_decref(it);
      return MOLT_ERROR;
    }
    if (item == MOLT_STOP) {
      molt_decref(it);
      return result;
    }
    if (molt_is_error(item)) {
      molt_decref(result);
      molt_decref(it);
      return MOLT_ERROR;
    }
    MoltValue t = molt_add(result, item);
    molt_decref(result);
    molt_decref(item);
    item = MOLT_UNBOUND;
    if (molt_is_error(t)) {
      molt_decref(it);
      return MOLT_ERROR;
    }
    result = t;
  }

  // Phase 2: floats with Neumaier's compensated summation.
  if (molt_is_float(result)) {
    double f = molt_float_val(result), c = 0.0;
    for (;;) {
      item = nextItem(it, next);
      if (item == MOLT_STOP || molt_is_error(item)) break;
      if (molt_is_float(item)) {
        double x = molt_float_val(item);
        double t = f + x;
        if (std::fabs(f) >= std::fabs(x))
          c += (f - t) + x;
        else
          c += (x - t) + f;
        f = t;
        continue;
      }
      if (molt_is_small_int(item) || molt_is_bool(item)) {
        f += static_cast<double>(molt_is_bool(item) ? static_cast<int64_t>(item & 1)
                                                    : molt_small_int_val(item));
        continue;
      }
      break;
    }
    if (c != 0.0 && std::isfinite(c)) f += c;
    result = molt_float(f);
    if (item == MOLT_STOP) {
      molt_decref(it);
      return result;
    }
    if (molt_is_error(item)) {
      molt_decref(it);
      return MOLT_ERROR;
    }
    MoltValue t = molt_add(result, item);
    molt_decref(item);
    item = MOLT_UNBOUND;
    if (molt_is_error(t)) {
      molt_decref(it);
      return MOLT_ERROR;
    }
    result = t;
  }

  // Phase 3: generic addition.
  for (;;) {
    item = nextItem(it, next);
    if (item == MOLT_STOP) break;
    if (molt_is_error(item)) {
      molt_decref(result);
      molt_decref(it);
      return MOLT_ERROR;
    }
    MoltValue t = molt_add(result, item);
    molt_decref(result);
    molt_decref(item);
    if (molt_is_error(t)) {
      molt_decref(it);
      return MOLT_ERROR;
    }
    result = t;
  }
  molt_decref(it);
  return result;
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
