// list.sort and the sort behind sorted(): a stable natural merge sort
// (molt/listsort.h) with comparison fast paths. A file of its own because it
// is a large part of the runtime's code and many programs never sort: the
// generated main calls molt_use_list_sort only when the program can reach
// list.sort (compiler/codegen/Features.cpp), and otherwise the linker drops
// this file.
#include <cstdlib>
#include <cstring>
#include <string>
#include <type_traits>
#include <utility>

#include "container_util.h"
#include "molt/listobject.h"
#include "molt/listsort.h"
#include "molt/strobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

MoltList *lst(MoltValue v) { return as<MoltList>(v); }

// As list.cpp's: drops the references last to first, then frees the array.
void releaseArray(MoltValue *items, int64_t n) {
  for (int64_t i = n; i-- > 0;)
    molt_decref(items[i]);
  std::free(items);
}

#define NPOS (int64_t(nargs) - 1)

MoltValue list_sort(MoltValue, const MoltValue *args, size_t nargs, MoltValue kw) {
  if (NPOS > 0) return molt_raise_fmt(&molt_type_TypeError, "sort() takes no positional arguments");
  MoltValue key = MOLT_NONE;
  bool reverse = false;
  for (int64_t i = 0; i < cu::kwCount(kw); ++i) {
    std::string_view name = strView(cu::kwName(kw, i));
    MoltValue v = args[nargs + size_t(i)];
    if (name == "key") {
      key = v;
    } else if (name == "reverse") {
      int t = molt_truthy(v);
      if (t < 0) return MOLT_ERROR;
      reverse = t != 0;
    } else {
      return molt_raise_fmt(&molt_type_TypeError,
                            "'%.*s' is an invalid keyword argument for sort()", int(name.size()),
                            name.data());
    }
  }
  if (listSort(args[0], key, reverse) < 0) return MOLT_ERROR;
  return MOLT_NONE;
}

#undef NPOS

} // namespace

namespace molt::rt {

// Sort comparison fast paths: exact str pairs compare bytewise (UTF-8 order
// is code point order) and exact tuples skip equal small-int / exact-str
// items without dispatch. Anything else uses the full rich comparison, so
// results and errors are unchanged.
static inline bool sortIsExactStr(MoltValue v) {
  return molt_is_ptr(v) && molt_ptr(v)->type == &molt_type_str;
}
static inline int sortStrCmp(MoltValue a, MoltValue b) {
  const MoltStr *x = reinterpret_cast<const MoltStr *>(molt_ptr(a));
  const MoltStr *y = reinterpret_cast<const MoltStr *>(molt_ptr(b));
  int64_t m = x->size < y->size ? x->size : y->size;
  if (m < 0) __builtin_unreachable(); // sizes are never negative (lets GCC bound memcmp)
  size_t n = size_t(m);
  int r = n ? std::memcmp(x->data, y->data, n) : 0;
  if (r) return r;
  return x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
}
static int sortLessThan(MoltValue a, MoltValue b) {
  if (molt_is_small_int(a) && molt_is_small_int(b))
    return molt_small_int_val(a) < molt_small_int_val(b);
  if (molt_is_ptr(a) && molt_is_ptr(b)) {
    MoltType *ta = molt_ptr(a)->type, *tb = molt_ptr(b)->type;
    if (ta == &molt_type_str && tb == &molt_type_str) return sortStrCmp(a, b) < 0;
    if (ta == &molt_type_tuple && tb == &molt_type_tuple) {
      const MoltTuple *x = reinterpret_cast<const MoltTuple *>(molt_ptr(a));
      const MoltTuple *y = reinterpret_cast<const MoltTuple *>(molt_ptr(b));
      int64_t n = x->size < y->size ? x->size : y->size;
      for (int64_t i = 0; i < n; ++i) {
        MoltValue p = x->items[i], q = y->items[i];
        if (p == q) continue;
        if (molt_is_small_int(p) && molt_is_small_int(q))
          return molt_small_int_val(p) < molt_small_int_val(q);
        if (sortIsExactStr(p) && sortIsExactStr(q)) {
          int c = sortStrCmp(p, q);
          if (c == 0) continue;
          return c < 0;
        }
        return molt_cmp_lt(a, b);
      }
      return x->size < y->size;
    }
  }
  return molt_cmp_lt(a, b);
}

// What every key of a sort is, scanned once before sorting (as CPython's
// pre-sort check): a uniform array of small ints, floats or exact strs takes
// a comparison inlined into the sort, with no per-pair type dispatch.
enum class SortKind { Generic, SmallInt, Float, Str };

static SortKind sortKindOf(const MoltValue *keys, int64_t n) {
  if (n < 2) return SortKind::Generic;
  if (molt_is_small_int(keys[0])) {
    for (int64_t i = 1; i < n; ++i)
      if (!molt_is_small_int(keys[i])) return SortKind::Generic;
    return SortKind::SmallInt;
  }
  if (molt_is_float(keys[0])) {
    for (int64_t i = 1; i < n; ++i)
      if (!molt_is_float(keys[i])) return SortKind::Generic;
    return SortKind::Float;
  }
  if (sortIsExactStr(keys[0])) {
    for (int64_t i = 1; i < n; ++i)
      if (!sortIsExactStr(keys[i])) return SortKind::Generic;
    return SortKind::Str;
  }
  return SortKind::Generic;
}

// Stable LSD radix sort of small-int keys, values moved along: equal ints
// are the same value, and a stable order is what list.sort promises for
// keyed sorts. Keys are offset by the minimum (or, for reverse, subtracted
// from the maximum, so that ascending order of the offsets is the wanted
// order and equal keys keep their order as Python's reverse sort does), then
// distributed one 8-bit digit per pass, or in one pass over 2^bits buckets
// when the range is small next to n (sorting 1.5M keys in [0, 97): one
// pass, against about 21 merge levels; bare ints in such a range are
// counted and written back). Returns false, leaving the arrays
// as they were, when the merge sort is the better choice: short arrays, and
// arrays with few natural runs, which it sorts in about n log(runs) steps.
template <class V>
static bool radixSortSmallInts(MoltValue *keys, V *vals, int64_t n, bool reverse) {
  constexpr int64_t kMinItems = 512;
  if (n < kMinItems) return false;
  int64_t lo = molt_small_int_val(keys[0]), hi = lo, breaks = 0;
  for (int64_t i = 1; i < n; ++i) {
    int64_t v = molt_small_int_val(keys[i]), prev = molt_small_int_val(keys[i - 1]);
    breaks += reverse ? v > prev : v < prev;
    lo = v < lo ? v : lo;
    hi = v > hi ? v : hi;
  }
  if (breaks == 0) return true; // already in the wanted order
  uint64_t range = uint64_t(hi - lo);
  unsigned bits = range ? 64u - unsigned(__builtin_clzll(range)) : 1u;
  unsigned digitBits = 8, passes = (bits + 7) / 8;
  if (bits <= 16 && (int64_t(1) << bits) <= n) digitBits = bits, passes = 1;
  if (breaks < (int64_t(4) << passes)) return false;
  constexpr bool kHasValues = !std::is_same_v<V, listsort_detail::NoValues>;
  if (!kHasValues && passes == 1) {
    // Bare ints in a small range: count each value, then write the runs of
    // equal values back (an int's value is all there is to it).
    auto *tally = static_cast<int64_t *>(std::calloc(size_t(range) + 1, sizeof(int64_t)));
    if (!tally) return false;
    for (int64_t i = 0; i < n; ++i)
      ++tally[reverse ? hi - molt_small_int_val(keys[i]) : molt_small_int_val(keys[i]) - lo];
    MoltValue *out = keys;
    for (uint64_t off = 0; off <= range; ++off) {
      MoltValue v = molt_small_int(reverse ? hi - int64_t(off) : lo + int64_t(off));
      for (int64_t c = tally[off]; c > 0; --c)
        *out++ = v;
    }
    std::free(tally);
    return true;
  }
  size_t arrays = kHasValues ? 2 : 1;
  auto *tmp = static_cast<MoltValue *>(std::malloc(size_t(n) * arrays * sizeof(MoltValue)));
  size_t buckets = size_t(1) << digitBits;
  auto *count = static_cast<int64_t *>(std::malloc(buckets * sizeof(int64_t)));
  if (!tmp || !count) {
    std::free(tmp);
    std::free(count);
    return false;
  }
  auto offsetOf = [&](MoltValue k) -> uint64_t {
    int64_t v = molt_small_int_val(k);
    return reverse ? uint64_t(hi - v) : uint64_t(v - lo);
  };
  MoltValue *srcK = keys, *dstK = tmp;
  MoltValue *srcV = nullptr, *dstV = nullptr;
  if constexpr (kHasValues) srcV = vals, dstV = tmp + n;
  uint64_t mask = buckets - 1;
  for (unsigned pass = 0; pass < passes; ++pass) {
    unsigned shift = pass * digitBits;
    std::memset(count, 0, buckets * sizeof(int64_t));
    for (int64_t i = 0; i < n; ++i)
      ++count[(offsetOf(srcK[i]) >> shift) & mask];
    // A digit shared by every key leaves the order as it is.
    if (count[(offsetOf(srcK[0]) >> shift) & mask] == n) continue;
    int64_t at = 0;
    for (size_t b = 0; b < buckets; ++b) {
      int64_t c = count[b];
      count[b] = at;
      at += c;
    }
    for (int64_t i = 0; i < n; ++i) {
      int64_t to = count[(offsetOf(srcK[i]) >> shift) & mask]++;
      dstK[to] = srcK[i];
      if constexpr (kHasValues) dstV[to] = srcV[i];
    }
    std::swap(srcK, dstK);
    if constexpr (kHasValues) std::swap(srcV, dstV);
  }
  if (srcK != keys) {
    std::memcpy(keys, srcK, size_t(n) * sizeof(MoltValue));
    if constexpr (kHasValues) std::memcpy(vals, srcV, size_t(n) * sizeof(MoltValue));
  }
  std::free(count);
  std::free(tmp);
  return true;
}

template <class V> static int sortByKind(MoltValue *keys, V *vals, int64_t n, bool reverse) {
  using namespace listsort_detail;
  auto run = [&](auto lt) { return sortImpl<MoltValue, V>(keys, vals, size_t(n), lt, reverse); };
  switch (sortKindOf(keys, n)) {
  case SortKind::SmallInt:
    if (radixSortSmallInts(keys, vals, n, reverse)) return kSortOk;
    return run([](const MoltValue &a, const MoltValue &b) -> int {
      return molt_small_int_val(a) < molt_small_int_val(b);
    });
  case SortKind::Float:
    return run([](const MoltValue &a, const MoltValue &b) -> int {
      return molt_float_val(a) < molt_float_val(b);
    });
  case SortKind::Str:
    return run([](const MoltValue &a, const MoltValue &b) -> int { return sortStrCmp(a, b) < 0; });
  default:
    return run([](const MoltValue &a, const MoltValue &b) { return sortLessThan(a, b); });
  }
}

int listSort(MoltValue list, MoltValue key, bool reverse) {
  MoltList *l = lst(list);
  MoltValue *items = l->items;
  int64_t n = l->size, cap = l->capacity;
  // The list looks empty while sorting; any mutation is detected afterwards.
  l->items = nullptr;
  l->size = 0;
  l->capacity = -1;
  int rc = 0;
  if (key == MOLT_NONE) {
    rc = sortByKind<listsort_detail::NoValues>(items, nullptr, n, reverse);
  } else {
    MoltValue *keys =
        n ? static_cast<MoltValue *>(std::malloc(size_t(n) * sizeof(MoltValue))) : nullptr;
    if (n && !keys) {
      molt_raise_fmt(&molt_type_MemoryError, "");
      rc = -1;
    } else {
      int64_t done = 0;
      for (; done < n; ++done) {
        keys[done] = molt_call(key, &items[done], 1, MOLT_NONE);
        if (molt_is_error(keys[done])) break;
      }
      if (done < n) {
        rc = -1;
      } else {
        rc = sortByKind<MoltValue>(keys, items, n, reverse);
      }
      for (int64_t i = 0; i < done; ++i)
        molt_decref(keys[i]);
      std::free(keys);
    }
  }
  if (rc == kSortNoMemory) molt_raise_fmt(&molt_type_MemoryError, "");
  bool modified = l->items != nullptr || l->capacity != -1;
  MoltValue *junk = l->items;
  int64_t junkN = l->size;
  l->items = items;
  l->size = n;
  l->capacity = cap;
  if (modified) {
    if (junk) releaseArray(junk, junkN);
    if (rc == 0) {
      molt_raise_fmt(&molt_type_ValueError, "list modified during sort");
      rc = -1;
    }
  }
  return rc == 0 ? 0 : -1;
}

} // namespace molt::rt

extern "C" void molt_use_list_sort(void) { listInstallMethod("sort", list_sort); }
