// Tests for molt/listsort.h, molt/settable.h and molt/dicttable.h.
// Expected set orders come from CPython 3.12.1 with PYTHONHASHSEED=0 (the
// Python expression is given with each); tests/rt/settable_diff.py checks
// thousands of random operation sequences against python3.12.
#include "molt/dicttable.h"
#include "molt/hash.h"
#include "molt/listsort.h"
#include "molt/settable.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace molt::rt;

namespace {

// ---------------------------------------------------------------- listsort

struct Item {
  int key;
  int seq;
  bool operator==(const Item &o) const { return key == o.key && seq == o.seq; }
};

// Plain top-down merge sort, for comparison counts.
void plainMergeSort(std::vector<int> &a, std::vector<int> &tmp, size_t lo, size_t hi, long &cmps) {
  if (hi - lo < 2) return;
  size_t mid = lo + (hi - lo) / 2;
  plainMergeSort(a, tmp, lo, mid, cmps);
  plainMergeSort(a, tmp, mid, hi, cmps);
  size_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi) {
    ++cmps;
    tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
  }
  while (i < mid) tmp[k++] = a[i++];
  while (j < hi) tmp[k++] = a[j++];
  std::copy(tmp.begin() + long(lo), tmp.begin() + long(hi), a.begin() + long(lo));
}

long timsortCmps(std::vector<int> a) {
  long c = 0;
  EXPECT_EQ(timSort(a.data(), a.size(), [&](int x, int y) { ++c; return int(x < y); }), kSortOk);
  EXPECT_TRUE(std::is_sorted(a.begin(), a.end()));
  return c;
}
long mergeCmps(std::vector<int> a) {
  long c = 0;
  std::vector<int> t(a.size());
  plainMergeSort(a, t, 0, a.size(), c);
  return c;
}

TEST(ListSort, MinRun) {
  EXPECT_EQ(timSortMinRun(10), 10u);
  EXPECT_EQ(timSortMinRun(63), 63u);
  EXPECT_EQ(timSortMinRun(64), 32u);
  EXPECT_EQ(timSortMinRun(65), 33u);
  EXPECT_EQ(timSortMinRun(2112), 33u);
  EXPECT_EQ(timSortMinRun(1 << 20), 32u);
}

TEST(ListSort, RandomStableReverseKeyed) {
  std::mt19937_64 r(7);
  for (int iter = 0; iter < 400; ++iter) {
    size_t n = r() % (iter < 300 ? 200 : 5000);
    int kind = int(r() % 4);
    std::vector<Item> v(n);
    for (size_t i = 0; i < n; ++i) {
      int k = kind == 0 ? int(r() % 10) : kind == 1 ? int(i / 7) : kind == 2 ? -int(i) : int(r() % 100000);
      v[i] = Item{k, int(i)};
    }
    auto lt = [](const Item &a, const Item &b) { return int(a.key < b.key); };
    auto exp = v;
    std::stable_sort(exp.begin(), exp.end(), [](auto &a, auto &b) { return a.key < b.key; });
    auto w = v;
    ASSERT_EQ(timSort(w.data(), n, lt), kSortOk);
    ASSERT_EQ(w, exp);
    // reverse=True: descending, equal keys keep their original order
    auto expr = v;
    std::stable_sort(expr.begin(), expr.end(), [](auto &a, auto &b) { return a.key > b.key; });
    w = v;
    ASSERT_EQ(timSort(w.data(), n, lt, true), kSortOk);
    ASSERT_EQ(w, expr);
    // key= : parallel arrays
    std::vector<int> keys(n);
    std::vector<std::string> vals(n);
    for (size_t i = 0; i < n; ++i) {
      keys[i] = v[i].key;
      vals[i] = std::to_string(v[i].seq);
    }
    ASSERT_EQ(timSortKeyed(keys.data(), vals.data(), n, [](int a, int b) { return int(a < b); }), kSortOk);
    for (size_t i = 0; i < n; ++i) {
      ASSERT_EQ(keys[i], exp[i].key);
      ASSERT_EQ(vals[i], std::to_string(exp[i].seq));
    }
  }
}

TEST(ListSort, FailingComparisonLeavesPermutation) {
  std::mt19937_64 r(11);
  for (int iter = 0; iter < 300; ++iter) {
    size_t n = 2 + r() % 3000;
    std::vector<int> v(n);
    for (auto &x : v) x = int(r() % 1000);
    if (iter % 3 == 0) std::sort(v.begin(), v.begin() + long(n / 2));
    long limit = long(r() % (n * 10)), c = 0;
    auto w = v;
    int rc = timSort(w.data(), n, [&](int a, int b) { return c++ == limit ? -1 : int(a < b); }, iter % 2);
    auto s1 = w, s2 = v;
    std::sort(s1.begin(), s1.end());
    std::sort(s2.begin(), s2.end());
    ASSERT_EQ(s1, s2) << "not a permutation, iter " << iter;
    if (c > limit) {
      ASSERT_EQ(rc, kSortError);
    } else {
      ASSERT_EQ(rc, kSortOk);
    }
  }
}

TEST(ListSort, AdaptiveComparisonCounts) {
  const size_t n = 100000;
  std::mt19937_64 r(3);
  std::vector<int> sorted(n), reversed(n), partial(n), runs(n), random(n);
  for (size_t i = 0; i < n; ++i) {
    sorted[i] = int(i);
    reversed[i] = int(n - i);
    random[i] = int(r() % 1000000);
  }
  partial = sorted;  // sorted with 1% of positions randomized
  for (size_t k = 0; k < n / 100; ++k) partial[r() % n] = int(r() % n);
  for (size_t i = 0; i < n; ++i) runs[i] = int((i % 10000) * 7 + (i / 10000));  // 10 ascending runs
  struct Case { const char *name; std::vector<int> *v; };
  Case cases[] = {{"sorted", &sorted}, {"reversed", &reversed}, {"partial 1%", &partial},
                  {"10 runs", &runs}, {"random", &random}};
  long t[5], m[5];
  for (int i = 0; i < 5; ++i) {
    t[i] = timsortCmps(*cases[i].v);
    m[i] = mergeCmps(*cases[i].v);
    std::printf("  n=%zu %-10s timsort %8ld  plain merge sort %8ld compares\n", n, cases[i].name, t[i], m[i]);
  }
  EXPECT_EQ(t[0], long(n - 1));  // one run, no merging
  EXPECT_EQ(t[1], long(n - 1));  // one descending run, reversed
  EXPECT_LT(t[2], m[2] / 2);
  EXPECT_LT(t[3], m[3] / 2);  // 10 interleaved runs: ~n*log2(10) compares
  EXPECT_LT(t[4], m[4] * 11 / 10);  // no worse than merge sort on random data
}

// ---------------------------------------------------------------- settable

struct Val {
  bool isStr = false;
  int64_t i = 0;
  std::string s;
};
int valEq(const Val &a, const Val &b) {
  return a.isStr == b.isStr && (a.isStr ? a.s == b.s : a.i == b.i);
}
Val I(int64_t v) { return Val{false, v, {}}; }
Val S(const char *s) { return Val{true, 0, s}; }
hash_t H(const Val &v) { return v.isStr ? hashStrUtf8(v.s.data(), v.s.size()) : hashInt64(v.i); }
void addAll(SetTable<Val> &t, const std::vector<Val> &xs) {
  for (auto &x : xs) ASSERT_GE(t.add(x, H(x), valEq), 0);
}
std::string order(const SetTable<Val> &t) {
  std::string out;
  t.forEach([&](const Val &v, hash_t) {
    if (!out.empty()) out.append(" ");
    out.append(v.isStr ? v.s : std::to_string(v.i));
  });
  return out;
}

TEST(SetTable, StringOrderAddDiscardPop) {
  SetTable<Val> s;
  // s=set(); for x in ['apple',...,'grape']: s.add(x)
  addAll(s, {S("apple"), S("banana"), S("cherry"), S("date"), S("elder"), S("fig"), S("grape")});
  EXPECT_EQ(order(s), "banana apple cherry fig date elder grape");
  EXPECT_EQ(s.discard(S("cherry"), H(S("cherry")), valEq), 1);
  EXPECT_EQ(s.add(S("kiwi"), H(S("kiwi")), valEq), 1);
  EXPECT_EQ(order(s), "banana apple fig date elder grape kiwi");
  Val p;
  ASSERT_TRUE(s.pop(p));
  EXPECT_EQ(p.s, "banana");
  ASSERT_TRUE(s.pop(p));
  EXPECT_EQ(p.s, "apple");
  EXPECT_EQ(order(s), "fig date elder grape kiwi");
  EXPECT_EQ(s.contains(S("fig"), H(S("fig")), valEq), 1);
  EXPECT_EQ(s.contains(S("apple"), H(S("apple")), valEq), 0);
}

TEST(SetTable, GrowthOrder) {
  // set(['x%d' % i for i in range(20)])
  SetTable<Val> s;
  std::vector<std::string> names;
  for (int i = 0; i < 20; ++i) names.push_back(std::string("x").append(std::to_string(i)));
  for (auto &n : names) addAll(s, {S(n.c_str())});
  EXPECT_EQ(order(s), "x0 x19 x11 x15 x4 x3 x7 x12 x18 x13 x9 x2 x5 x10 x16 x14 x17 x8 x6 x1");
  EXPECT_EQ(s.capacity(), 128u);  // resized at 5 (-> 32) and 19 (-> 128) entries
}

TEST(SetTable, BinaryOperations) {
  // a = set(range(0, 40, 3)); b = set(range(0, 40, 5))
  SetTable<Val> a, b, u, i, d, x;
  for (int v = 0; v < 40; v += 3) addAll(a, {I(v)});
  for (int v = 0; v < 40; v += 5) addAll(b, {I(v)});
  ASSERT_EQ(setUnion(u, a, b, valEq), 0);
  ASSERT_EQ(setIntersection(i, a, b, valEq), 0);
  ASSERT_EQ(setDifference(d, a, b, valEq), 0);
  ASSERT_EQ(setSymmetricDifference(x, a, b, valEq), 0);
  EXPECT_EQ(order(u), "0 3 5 6 9 10 12 15 18 20 21 24 25 27 30 33 35 36 39");  // a | b
  EXPECT_EQ(order(i), "0 30 15");                                           // a & b
  EXPECT_EQ(order(d), "33 3 36 6 39 9 12 18 21 24 27");                     // a - b
  EXPECT_EQ(order(x), "3 5 6 9 10 12 18 20 21 24 25 27 33 35 36 39");       // a ^ b
}

TEST(SetTable, FailingEqualityAndMinusOneHash) {
  SetTable<Val> s;
  // hash(-1) == hash(-2) == -2: distinct keys with one hash
  addAll(s, {I(-1), I(-2), I(2305843009213693953LL)});
  EXPECT_EQ(s.size(), 3u);
  int calls = 0;
  auto failing = [&](const Val &, const Val &) { ++calls; return -1; };
  EXPECT_EQ(s.add(I(-2), H(I(-2)), failing), kSetError);
  EXPECT_EQ(s.contains(I(-1), H(I(-1)), failing), kSetError);
  EXPECT_EQ(s.discard(I(-1), H(I(-1)), failing), kSetError);
  EXPECT_EQ(s.size(), 3u);
  EXPECT_EQ(s.add(I(7), H(I(7)), failing), 1);  // no equal hash: eq never called
  EXPECT_EQ(calls, 3);
}

// ---------------------------------------------------------------- dicttable

int intEq(const int64_t &a, const int64_t &b) { return a == b; }
using IntDict = DictTable<int64_t, std::string>;

std::string dictOrder(IntDict &d) {
  std::string out;
  size_t pos = 0;
  const int64_t *k;
  std::string *v;
  while (d.next(pos, k, v)) {
    if (!out.empty()) out.append(" ");
    out.append(std::to_string(*k)).append(":").append(*v);
  }
  return out;
}

TEST(DictTable, InsertionOrderDeletePopitem) {
  IntDict d;
  for (int64_t k : {5, 3, 9, -1, -2, 100}) ASSERT_EQ(d.insert(k, hashInt64(k), std::to_string(k * 10), intEq), 1);
  EXPECT_EQ(d.insert(3, hashInt64(3), "x", intEq), 0);  // replace keeps position
  EXPECT_EQ(dictOrder(d), "5:50 3:x 9:90 -1:-10 -2:-20 100:1000");
  EXPECT_EQ(d.remove(9, hashInt64(9), intEq), 1);
  EXPECT_EQ(d.remove(9, hashInt64(9), intEq), 0);
  EXPECT_EQ(d.insert(9, hashInt64(9), "again", intEq), 1);  // goes to the end
  EXPECT_EQ(dictOrder(d), "5:50 3:x -1:-10 -2:-20 100:1000 9:again");
  int64_t k;
  std::string v;
  ASSERT_TRUE(d.popitem(k, v));
  EXPECT_EQ(k, 9);
  EXPECT_EQ(v, "again");
  std::string *pv = nullptr;
  EXPECT_EQ(d.lookup(-2, hashInt64(-2), intEq, &pv), 1);
  EXPECT_EQ(*pv, "-20");
  EXPECT_EQ(d.lookup(-3, hashInt64(-3), intEq), 0);
  EXPECT_EQ(d.size(), 5u);
}

TEST(DictTable, GrowthPointsLikeCPython) {
  // d = {}; for i in range(2000): d[i] = i  -- sys.getsizeof(d) changes after
  // inserting item number 1, 6, 11, 22, 43, 86, 171, 342, 683, 1366
  IntDict d;
  std::vector<size_t> points;
  size_t last = 0;
  for (int64_t i = 0; i < 2000; ++i) {
    d.insert(i, hashInt64(i), "", intEq);
    if (d.indexSize() != last) {
      points.push_back(size_t(i + 1));
      last = d.indexSize();
    }
  }
  EXPECT_EQ(points, (std::vector<size_t>{1, 6, 11, 22, 43, 86, 171, 342, 683, 1366}));
  EXPECT_EQ(d.indexWidth(), 2u);  // 4096 slots
  for (int64_t i = 0; i < 2000; i += 2) ASSERT_EQ(d.remove(i, hashInt64(i), intEq), 1);
  for (int64_t i = 0; i < 2000; ++i) ASSERT_EQ(d.lookup(i, hashInt64(i), intEq), int(i % 2));
}

TEST(DictTable, ManyKeysWideIndexAndCopy) {
  IntDict d;
  const int64_t n = 70000;  // 4-byte index slots
  for (int64_t i = 0; i < n; ++i) ASSERT_EQ(d.insert(i * 7919, hashInt64(i * 7919), "", intEq), 1);
  EXPECT_EQ(d.indexWidth(), 4u);
  for (int64_t i = 0; i < n; i += 3) ASSERT_EQ(d.remove(i * 7919, hashInt64(i * 7919), intEq), 1);
  IntDict c;
  ASSERT_TRUE(d.copyTo(c));
  EXPECT_EQ(c.size(), d.size());
  EXPECT_EQ(c.entryCount(), c.size());  // compact
  size_t p1 = 0, p2 = 0;
  const int64_t *k1, *k2;
  std::string *v1, *v2;
  while (d.next(p1, k1, v1)) {
    ASSERT_TRUE(c.next(p2, k2, v2));
    ASSERT_EQ(*k1, *k2);
  }
}

TEST(DictTable, IterationMutationDetection) {
  IntDict d;
  for (int64_t k = 0; k < 5; ++k) d.insert(k, hashInt64(k), "", intEq);
  DictIter it = DictIter::begin(d);
  const int64_t *k;
  std::string *v;
  ASSERT_EQ(it.next(d, k, v), 1);
  d.insert(99, hashInt64(99), "", intEq);
  EXPECT_EQ(it.next(d, k, v), kDictChangedSize);
  // same size, different keys
  IntDict e;
  for (int64_t x = 0; x < 3; ++x) e.insert(x, hashInt64(x), "", intEq);
  DictIter it2 = DictIter::begin(e);
  ASSERT_EQ(it2.next(e, k, v), 1);
  e.remove(0, hashInt64(0), intEq);
  e.insert(50, hashInt64(50), "", intEq);
  EXPECT_EQ(it2.next(e, k, v), 1);
  EXPECT_EQ(it2.next(e, k, v), 1);
  EXPECT_EQ(it2.next(e, k, v), kDictKeysChanged);
  // eq failure propagates, table unchanged
  auto failing = [](const int64_t &, const int64_t &) { return -1; };
  EXPECT_EQ(e.insert(1, hashInt64(1), "z", failing), kDictError);
  EXPECT_EQ(e.size(), 3u);
}

}  // namespace
