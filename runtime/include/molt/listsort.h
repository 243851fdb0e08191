// Stable adaptive merge sort (Timsort with the powersort merge policy) for
// list.sort() / sorted(), generic over the element type and over a FALLIBLE
// "less than" callback (a Python __lt__ can raise; the runtime is built with
// -fno-exceptions).
//
// Behaviour follows the documented algorithm of CPython 3.12's list.sort
// (Objects/listsort.txt): natural runs (strictly descending runs reversed in
// place), minrun in [32, 64] from the 6 leading bits of n, binary insertion
// sort to extend short runs, powersort merge policy, merge_lo / merge_hi with
// a temp buffer of min(len(A), len(B)) items, galloping with an adaptive
// min_gallop (start 7). Written from the description, not from CPython code.
//
// Comparison callback: int lt(const K &a, const K &b)
//     returns 1 if a < b, 0 if not, a negative value on error (exception set
//     by the callback). The sort stops at the first error and returns
//     kSortError; the array(s) are then a permutation of the input, as
//     CPython guarantees.
//
// Entry points (all return kSortOk / kSortError / kSortNoMemory):
//   timSort(K *a, size_t n, lt, reverse=false)
//   timSortKeyed(K *keys, V *values, size_t n, lt, reverse=false)
//       sorts keys and permutes values identically (list.sort(key=f): the
//       caller computes every key first, then sorts (key, item) pairs).
// reverse=true keeps stability the way Python does: reverse, stable sort,
// reverse again (equal elements keep their original relative order).
// The list must not be mutated by the callback; like CPython, the list object
// should present itself as empty during the sort and detect the mutation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

namespace molt::rt {

inline constexpr int kSortOk = 0;
inline constexpr int kSortError = -1;     ///< the comparison failed
inline constexpr int kSortNoMemory = -2;  ///< temp buffer allocation failed

/// minrun for an array of n elements: n itself if n < 64, else a value in
/// [32, 64] such that n / minrun is (close to and at most) a power of two.
constexpr size_t timSortMinRun(size_t n) {
  size_t extra = 0;
  while (n >= 64) {
    extra |= n & 1;
    n >>= 1;
  }
  return n + extra;
}

namespace listsort_detail {

struct NoValues {};  ///< marker: sort keys only

/// Powersort "power" of the boundary between run1 = [s1, s1+n1) and the run
/// that follows it, [s1+n1, s1+n1+n2), in an array of n elements: the depth
/// (1-based) of the first binary digit where the two runs' midpoints, taken
/// as fractions of n, differ.
inline int powerOf(size_t s1, size_t n1, size_t n2, size_t n) {
  // twice the midpoints, so everything stays integral; compare with n
  // meaning "the fraction (x / 2n) is >= 1/2".
  uint64_t a = 2 * uint64_t(s1) + n1;
  uint64_t b = a + n1 + n2;
  int depth = 0;
  for (;;) {
    ++depth;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      return depth;
    }
    a <<= 1;
    b <<= 1;
  }
}

template <class K, class V, class Lt>
class Sorter {
  static constexpr bool kVals = !std::is_same_v<V, NoValues>;
  static constexpr int kMinGallop = 7;
  static constexpr int kMaxStack = 85;

  struct Run {
    size_t base, len;
    int power;  // power of the boundary between this run and the next
  };

 public:
  Sorter(K *keys, V *vals, Lt &lt) : k_(keys), v_(vals), lt_(lt) {}
  ~Sorter() {
    delete[] tk_;
    if constexpr (kVals) delete[] tv_;
  }

  int sort(size_t n) {
    if (n < 2) return kSortOk;
    n_ = n;
    size_t minrun = timSortMinRun(n);
    size_t lo = 0;
    while (lo < n) {
      size_t remaining = n - lo;
      bool descending = false;
      ptrdiff_t r = countRun(lo, n, descending);
      if (r < 0) return kSortError;
      size_t run = size_t(r);
      if (descending) reverseRange(lo, lo + run);
      if (run < minrun) {
        size_t force = remaining < minrun ? remaining : minrun;
        if (binaryInsertion(lo, lo + force, lo + run) < 0) return kSortError;
        run = force;
      }
      // powersort: collapse the stack while the boundary powers exceed the
      // new boundary's power, then push.
      if (nstack_ > 0) {
        Run &top = stack_[nstack_ - 1];
        int p = powerOf(top.base, top.len, run, n);
        while (nstack_ > 1 && stack_[nstack_ - 2].power > p) {
          int rc = mergeAt(nstack_ - 2);
          if (rc != kSortOk) return rc;
        }
        stack_[nstack_ - 1].power = p;
      }
      stack_[nstack_++] = Run{lo, run, 0};
      lo += run;
    }
    while (nstack_ > 1) {
      int rc = mergeAt(nstack_ - 2);
      if (rc != kSortOk) return rc;
    }
    return kSortOk;
  }

 private:
  K *k_;
  V *v_;
  Lt &lt_;
  size_t n_ = 0;
  Run stack_[kMaxStack];
  int nstack_ = 0;
  int minGallop_ = kMinGallop;
  K *tk_ = nullptr;
  V *tv_ = nullptr;
  size_t tcap_ = 0;

  // ---- element movement (keys and, if present, values in parallel) ----
  void swapAt(size_t i, size_t j) {
    using std::swap;
    swap(k_[i], k_[j]);
    if constexpr (kVals) swap(v_[i], v_[j]);
  }
  void reverseRange(size_t lo, size_t hi) {
    while (lo + 1 < hi) swapAt(lo++, --hi);
  }
  // Storage "pointer": index into the array (inTmp=false) or temp buffer.
  struct Loc {
    K *k;
    V *v;
  };
  Loc arr(size_t i) { return Loc{k_ + i, kVals ? v_ + i : nullptr}; }
  Loc tmp(size_t i) { return Loc{tk_ + i, kVals ? tv_ + i : nullptr}; }
  static void put(Loc d, Loc s) {
    *d.k = std::move(*s.k);
    if constexpr (kVals) *d.v = std::move(*s.v);
  }
  static Loc add(Loc p, ptrdiff_t d) {
    p.k += d;
    if constexpr (kVals) p.v += d;
    return p;
  }
  // move n items from s to d, front to back (safe when d <= s)
  static void moveFwd(Loc d, Loc s, size_t n) {
    for (size_t i = 0; i < n; ++i) put(add(d, i), add(s, i));
  }
  // move n items from s to d, back to front (safe when d >= s)
  static void moveBwd(Loc d, Loc s, size_t n) {
    for (size_t i = n; i-- > 0;) put(add(d, i), add(s, i));
  }

  bool ensureTmp(size_t need) {
    if (need <= tcap_) return true;
    size_t cap = need < 256 ? 256 : need;
    if (cap > n_ / 2 + 1 && need <= n_ / 2 + 1) cap = n_ / 2 + 1;
    if (cap < need) cap = need;
    delete[] tk_;
    tk_ = new (std::nothrow) K[cap];
    if constexpr (kVals) {
      delete[] tv_;
      tv_ = new (std::nothrow) V[cap];
      if (!tv_) {
        delete[] tk_;
        tk_ = nullptr;
      }
    }
    if (!tk_) {
      tcap_ = 0;
      return false;
    }
    tcap_ = cap;
    return true;
  }

  // ---- runs ----
  // Length of the run starting at lo (hi = end of array). A strictly
  // descending run is reported with descending=true (not yet reversed).
  ptrdiff_t countRun(size_t lo, size_t hi, bool &descending) {
    descending = false;
    if (lo + 1 >= hi) return 1;
    size_t i = lo + 1;
    int c = lt_(k_[i], k_[i - 1]);
    if (c < 0) return -1;
    if (c) {
      descending = true;
      for (++i; i < hi; ++i) {
        c = lt_(k_[i], k_[i - 1]);
        if (c < 0) return -1;
        if (!c) break;
      }
    } else {
      for (++i; i < hi; ++i) {
        c = lt_(k_[i], k_[i - 1]);
        if (c < 0) return -1;
        if (c) break;
      }
    }
    return ptrdiff_t(i - lo);
  }

  // [lo, start) is sorted; insert [start, hi) one by one (binary search for
  // the position after equal elements, so the sort stays stable).
  int binaryInsertion(size_t lo, size_t hi, size_t start) {
    if (start == lo) ++start;
    for (; start < hi; ++start) {
      size_t l = lo, r = start;
      while (l < r) {
        size_t m = l + ((r - l) >> 1);
        int c = lt_(k_[start], k_[m]);
        if (c < 0) return -1;
        if (c)
          r = m;
        else
          l = m + 1;
      }
      if (l == start) continue;
      K pk = std::move(k_[start]);
      for (size_t j = start; j > l; --j) k_[j] = std::move(k_[j - 1]);
      k_[l] = std::move(pk);
      if constexpr (kVals) {
        V pv = std::move(v_[start]);
        for (size_t j = start; j > l; --j) v_[j] = std::move(v_[j - 1]);
        v_[l] = std::move(pv);
      }
    }
    return 0;
  }

  // ---- galloping searches over a[0..n) (keys only), starting at hint ----
  // gallopLeft: the k with a[k-1] < key <= a[k]  (key goes before equals)
  ptrdiff_t gallopLeft(const K &key, const K *a, ptrdiff_t n, ptrdiff_t hint) {
    ptrdiff_t lastofs = 0, ofs = 1;
    int c = lt_(a[hint], key);
    if (c < 0) return -1;
    if (c) {
      ptrdiff_t maxofs = n - hint;
      while (ofs < maxofs) {
        c = lt_(a[hint + ofs], key);
        if (c < 0) return -1;
        if (!c) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      ptrdiff_t maxofs = hint + 1;
      while (ofs < maxofs) {
        c = lt_(a[hint - ofs], key);
        if (c < 0) return -1;
        if (c) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      ptrdiff_t t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    }
    // a[lastofs] < key <= a[ofs]; binary search the gap
    ++lastofs;
    while (lastofs < ofs) {
      ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
      c = lt_(a[m], key);
      if (c < 0) return -1;
      if (c)
        lastofs = m + 1;
      else
        ofs = m;
    }
    return ofs;
  }

  // gallopRight: the k with a[k-1] <= key < a[k]  (key goes after equals)
  ptrdiff_t gallopRight(const K &key, const K *a, ptrdiff_t n, ptrdiff_t hint) {
    ptrdiff_t lastofs = 0, ofs = 1;
    int c = lt_(key, a[hint]);
    if (c < 0) return -1;
    if (c) {
      ptrdiff_t maxofs = hint + 1;
      while (ofs < maxofs) {
        c = lt_(key, a[hint - ofs]);
        if (c < 0) return -1;
        if (!c) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      ptrdiff_t t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    } else {
      ptrdiff_t maxofs = n - hint;
      while (ofs < maxofs) {
        c = lt_(key, a[hint + ofs]);
        if (c < 0) return -1;
        if (c) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
      c = lt_(key, a[m]);
      if (c < 0) return -1;
      if (c)
        ofs = m;
      else
        lastofs = m + 1;
    }
    return ofs;
  }

  // ---- merging ----
  int mergeAt(int i) {
    size_t pa = stack_[i].base, na = stack_[i].len;
    size_t pb = stack_[i + 1].base, nb = stack_[i + 1].len;
    stack_[i].len = na + nb;
    stack_[i].power = stack_[i + 1].power;
    if (i == nstack_ - 3) stack_[i + 1] = stack_[i + 2];
    --nstack_;

    // Elements of A already <= B[0] stay where they are.
    ptrdiff_t k = gallopRight(k_[pb], k_ + pa, ptrdiff_t(na), 0);
    if (k < 0) return kSortError;
    pa += size_t(k);
    na -= size_t(k);
    if (na == 0) return kSortOk;
    // Elements of B already >= A[last] stay where they are.
    k = gallopLeft(k_[pa + na - 1], k_ + pb, ptrdiff_t(nb), ptrdiff_t(nb) - 1);
    if (k < 0) return kSortError;
    nb = size_t(k);
    if (nb == 0) return kSortOk;
    return na <= nb ? mergeLo(pa, na, pb, nb) : mergeHi(pa, na, pb, nb);
  }

  // A = [pa, pa+na) precedes B = [pb, pb+nb), na <= nb, B[0] < A[0] and
  // A[last] > every element of B after it. A goes to the temp buffer.
  int mergeLo(size_t pa0, size_t na, size_t pb0, size_t nb) {
    if (!ensureTmp(na)) return kSortNoMemory;
    moveFwd(tmp(0), arr(pa0), na);
    Loc dest = arr(pa0), a = tmp(0), b = arr(pb0);
    int result = kSortOk;
    int minGallop = minGallop_;
    put(dest, b);
    dest = add(dest, 1);
    b = add(b, 1);
    --nb;
    if (nb == 0) goto done;
    if (na == 1) goto copyB;
    for (;;) {
      size_t acount = 0, bcount = 0;
      // one-pair-at-a-time mode until one side wins minGallop times in a row
      for (;;) {
        int c = lt_(*b.k, *a.k);
        if (c < 0) goto fail;
        if (c) {
          put(dest, b);
          dest = add(dest, 1);
          b = add(b, 1);
          ++bcount;
          acount = 0;
          if (--nb == 0) goto done;
          if (bcount >= size_t(minGallop)) break;
        } else {
          put(dest, a);
          dest = add(dest, 1);
          a = add(a, 1);
          ++acount;
          bcount = 0;
          if (--na == 1) goto copyB;
          if (acount >= size_t(minGallop)) break;
        }
      }
      // galloping mode
      ++minGallop;
      do {
        minGallop -= minGallop > 1;
        minGallop_ = minGallop;
        ptrdiff_t k = gallopRight(*b.k, a.k, ptrdiff_t(na), 0);
        if (k < 0) goto fail;
        acount = size_t(k);
        if (k) {
          moveFwd(dest, a, size_t(k));
          dest = add(dest, k);
          a = add(a, k);
          na -= size_t(k);
          if (na == 1) goto copyB;
          if (na == 0) goto done;  // only with an inconsistent comparison
        }
        put(dest, b);
        dest = add(dest, 1);
        b = add(b, 1);
        if (--nb == 0) goto done;

        k = gallopLeft(*a.k, b.k, ptrdiff_t(nb), 0);
        if (k < 0) goto fail;
        bcount = size_t(k);
        if (k) {
          moveFwd(dest, b, size_t(k));
          dest = add(dest, k);
          b = add(b, k);
          nb -= size_t(k);
          if (nb == 0) goto done;
        }
        put(dest, a);
        dest = add(dest, 1);
        a = add(a, 1);
        if (--na == 1) goto copyB;
      } while (acount >= size_t(kMinGallop) || bcount >= size_t(kMinGallop));
      ++minGallop;
      minGallop_ = minGallop;
    }
  fail:
    result = kSortError;
  done:
    // Invariant: dest + na == b, so the rest of A fills the gap exactly.
    if (na) moveFwd(dest, a, na);
    return result;
  copyB:
    // na == 1: the rest of B moves down, then the last A element.
    moveFwd(dest, b, nb);
    put(add(dest, nb), a);
    return kSortOk;
  }

  // Mirror image: na >= nb, B goes to the temp buffer, merge from the right.
  int mergeHi(size_t pa0, size_t na, size_t pb0, size_t nb) {
    if (!ensureTmp(nb)) return kSortNoMemory;
    moveFwd(tmp(0), arr(pb0), nb);
    Loc basea = arr(pa0);
    Loc tbase = tmp(0);
    Loc dest = arr(pb0 + nb - 1);
    Loc a = arr(pa0 + na - 1);  // last of A
    Loc b = tmp(nb - 1);        // last of B
    int result = kSortOk;
    int minGallop = minGallop_;
    put(dest, a);
    dest = add(dest, -1);
    a = add(a, -1);
    --na;
    if (na == 0) goto done;
    if (nb == 1) goto copyA;
    for (;;) {
      size_t acount = 0, bcount = 0;
      for (;;) {
        int c = lt_(*b.k, *a.k);
        if (c < 0) goto fail;
        if (c) {
          put(dest, a);
          dest = add(dest, -1);
          a = add(a, -1);
          ++acount;
          bcount = 0;
          if (--na == 0) goto done;
          if (acount >= size_t(minGallop)) break;
        } else {
          put(dest, b);
          dest = add(dest, -1);
          b = add(b, -1);
          ++bcount;
          acount = 0;
          if (--nb == 1) goto copyA;
          if (bcount >= size_t(minGallop)) break;
        }
      }
      ++minGallop;
      do {
        minGallop -= minGallop > 1;
        minGallop_ = minGallop;
        ptrdiff_t k = gallopRight(*b.k, basea.k, ptrdiff_t(na), ptrdiff_t(na) - 1);
        if (k < 0) goto fail;
        k = ptrdiff_t(na) - k;
        acount = size_t(k);
        if (k) {
          dest = add(dest, -k);
          a = add(a, -k);
          moveBwd(add(dest, 1), add(a, 1), size_t(k));
          na -= size_t(k);
          if (na == 0) goto done;
        }
        put(dest, b);
        dest = add(dest, -1);
        b = add(b, -1);
        if (--nb == 1) goto copyA;

        k = gallopLeft(*a.k, tbase.k, ptrdiff_t(nb), ptrdiff_t(nb) - 1);
        if (k < 0) goto fail;
        k = ptrdiff_t(nb) - k;
        bcount = size_t(k);
        if (k) {
          dest = add(dest, -k);
          b = add(b, -k);
          moveFwd(add(dest, 1), add(b, 1), size_t(k));
          nb -= size_t(k);
          if (nb == 1) goto copyA;
          if (nb == 0) goto done;  // only with an inconsistent comparison
        }
        put(dest, a);
        dest = add(dest, -1);
        a = add(a, -1);
        if (--na == 0) goto done;
      } while (acount >= size_t(kMinGallop) || bcount >= size_t(kMinGallop));
      ++minGallop;
      minGallop_ = minGallop;
    }
  fail:
    result = kSortError;
  done:
    // The gap [dest - nb + 1, dest] takes what is left of B.
    if (nb) moveFwd(add(dest, -ptrdiff_t(nb) + 1), tbase, nb);
    return result;
  copyA:
    // nb == 1: the rest of A moves up, then the first B element.
    dest = add(dest, -ptrdiff_t(na));
    a = add(a, -ptrdiff_t(na));
    moveBwd(add(dest, 1), add(a, 1), na);
    put(dest, b);
    return kSortOk;
  }
};

template <class K, class V>
void reverseArrays(K *k, V *v, size_t n) {
  using std::swap;
  for (size_t i = 0, j = n; i + 1 < j; ++i) {
    --j;
    swap(k[i], k[j]);
    if constexpr (!std::is_same_v<V, NoValues>) swap(v[i], v[j]);
  }
}

template <class K, class V, class Lt>
int sortImpl(K *keys, V *vals, size_t n, Lt &lt, bool reverse) {
  if (n < 2) return kSortOk;
  if (reverse) reverseArrays(keys, vals, n);
  int rc;
  {
    Sorter<K, V, Lt> s(keys, vals, lt);
    rc = s.sort(n);
  }
  if (reverse) reverseArrays(keys, vals, n);
  return rc;
}

}  // namespace listsort_detail

/// Sorts a[0..n) stably in place with lt (int(const K&, const K&): 1 if
/// a < b, 0 if not, < 0 on error). reverse=true sorts descending, keeping
/// equal elements in their original order (as Python does).
template <class K, class Lt>
int timSort(K *a, size_t n, Lt &&lt, bool reverse = false) {
  return listsort_detail::sortImpl<K, listsort_detail::NoValues>(a, nullptr, n, lt, reverse);
}

/// Sorts keys[0..n) stably with lt and applies the same permutation to
/// values[0..n) (list.sort(key=...): keys computed beforehand).
template <class K, class V, class Lt>
int timSortKeyed(K *keys, V *values, size_t n, Lt &&lt, bool reverse = false) {
  return listsort_detail::sortImpl<K, V>(keys, values, n, lt, reverse);
}

}  // namespace molt::rt
