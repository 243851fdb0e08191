// Unit tests of the container types (list, tuple, dict, dict views, set,
// frozenset, range, slice, enumerate, zip, map, filter, reversed) through the
// runtime's C ABI. Every expected string was produced by python3.12
// (PYTHONHASHSEED=0) from the Python expression quoted above each check:
// repr(result), or "ExceptionType: message".
#include <gtest/gtest.h>

#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "molt/dictobject.h"
#include "molt/listobject.h"
#include "molt/object.h"
#include "molt/setobject.h"
#include "molt/sliceobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

// Optional runtime parts (core/features.cpp): generated mains install them.
extern "C" void molt_use_all(void);

namespace {

class RtContainers : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    molt_use_all();
    molt_runtime_init();
  }
};

// repr(v), or "Type: message" when v is the error sentinel. Test values leak.
std::string R(MoltValue v) {
  if (molt_is_error(v)) {
    MoltValue e = molt_err_fetch();
    MoltValue s = molt_str(e);
    std::string msg = molt_is_error(s) ? std::string("?") : std::string(strView(s));
    std::string out = typeName(e);
    return out + ": " + msg;
  }
  MoltValue r = molt_repr(v);
  if (molt_is_error(r)) return R(r);
  return std::string(strView(r));
}

MoltValue I(int64_t i) { return molt_int_from_i64(i); }
MoltValue F(double d) { return molt_float(d); }
MoltValue S(const char *s) { return strFromUtf8(s); }
MoltValue BIG(const char *digits) { return molt_const_int(digits); }
MoltValue V(MoltType *t) { return molt_from_ptr(t); }
MoltValue B(const char *name) { return molt_builtin_value(name); }

MoltValue L(std::initializer_list<MoltValue> items) {
  std::vector<MoltValue> v(items);
  return molt_list_new(v.data(), v.size());
}
MoltValue T(std::initializer_list<MoltValue> items) {
  std::vector<MoltValue> v(items);
  return molt_tuple_new(v.data(), v.size());
}
MoltValue D(std::initializer_list<MoltValue> kv) {
  std::vector<MoltValue> v(kv);
  return molt_dict_new(v.data(), v.size() / 2);
}
MoltValue SET(std::initializer_list<MoltValue> items) {
  std::vector<MoltValue> v(items);
  return molt_set_new(v.data(), v.size());
}

using Kw = std::vector<std::pair<const char *, MoltValue>>;

// Appends keyword values to args and returns the kwnames tuple (or None).
MoltValue kwSetup(std::vector<MoltValue> &args, const Kw &kw) {
  if (kw.empty()) return MOLT_NONE;
  std::vector<MoltValue> names;
  for (auto &p : kw) {
    names.push_back(S(p.first));
    args.push_back(p.second);
  }
  return molt_tuple_new(names.data(), names.size());
}

// self.name(*args, **kw)
MoltValue MK(MoltValue self, const char *name, std::initializer_list<MoltValue> a, const Kw &kw) {
  std::vector<MoltValue> args{self};
  args.insert(args.end(), a.begin(), a.end());
  size_t n = args.size();
  MoltValue kwnames = kwSetup(args, kw);
  return molt_call_method(S(name), args.data(), n, kwnames);
}
MoltValue M(MoltValue self, const char *name, std::initializer_list<MoltValue> a = {}) {
  return MK(self, name, a, {});
}
// type(*args, **kw)
MoltValue CK(MoltType *t, std::initializer_list<MoltValue> a, const Kw &kw) {
  std::vector<MoltValue> args(a);
  size_t n = args.size();
  MoltValue kwnames = kwSetup(args, kw);
  return molt_call(V(t), args.data(), n, kwnames);
}
MoltValue C(MoltType *t, std::initializer_list<MoltValue> a = {}) { return CK(t, a, {}); }
// hash(v) as an int value
MoltValue H(MoltValue v) {
  int64_t h;
  if (hashValue(v, &h) < 0) return MOLT_ERROR;
  return molt_int_from_i64(h);
}
// len(v) as an int value
MoltValue LEN(MoltValue v) {
  int64_t n = molt_type_of(v)->container->len(v);
  return n < 0 ? MOLT_ERROR : molt_int_from_i64(n);
}

} // namespace

TEST_F(RtContainers, DeepNestingReprAndDealloc) {
  MoltValue outer = L({});
  MoltValue cur = outer;
  for (int i = 0; i < 100000; ++i) {
    MoltValue n = L({});
    molt_list_append(cur, n);
    molt_decref(n);
    cur = n;
  }
  EXPECT_EQ(R(molt_repr(outer)),
            "RecursionError: maximum recursion depth exceeded while getting the repr of an object");
  molt_decref(outer); // must not overflow the C stack (trashcan)
}

TEST_F(RtContainers, AppendIsAmortized) {
  MoltValue l = L({});
  for (int i = 0; i < 1000000; ++i)
    ASSERT_EQ(molt_list_append(l, molt_small_int(i)), 0);
  auto *lp = reinterpret_cast<MoltList *>(molt_ptr(l));
  EXPECT_EQ(lp->size, 1000000);
  EXPECT_GE(lp->capacity, lp->size);
  EXPECT_LT(lp->capacity, lp->size + lp->size / 4 + 16);
  molt_decref(l);
}

TEST_F(RtContainers, DictHelpers) {
  MoltValue d = D({S("a"), I(1), S("b"), I(2)});
  EXPECT_EQ(dictSize(d), 2);
  EXPECT_EQ(dictGetItem(d, S("zz")), MOLT_UNBOUND);
  EXPECT_EQ(R(molt_newref(dictGetItem(d, S("b")))), "2");
  int64_t pos = 0;
  MoltValue k, v;
  std::string order;
  while (dictNext(d, &pos, &k, &v))
    order += std::string(strView(k));
  EXPECT_EQ(order, "ab");
  EXPECT_EQ(R(dictGetItem(d, L({}))), "TypeError: unhashable type: 'list'");
}

TEST_F(RtContainers, SliceIndicesHelper) {
  MoltValue s = molt_slice_new(I(-1), MOLT_NONE, I(-2));
  int64_t start, stop, step, n;
  ASSERT_EQ(sliceIndices(s, 10, &start, &stop, &step, &n), 0);
  // python3.12: slice(-1, None, -2).indices(10) == (9, -1, -2); len(range(9, -1, -2)) == 5
  EXPECT_EQ(start, 9);
  EXPECT_EQ(stop, -1);
  EXPECT_EQ(step, -2);
  EXPECT_EQ(n, 5);
}

TEST_F(RtContainers, ListRepr) {
  // python3.12: [1, 'a', [], (2,)]
  EXPECT_EQ(R(L({I(1), S("a"), L({}), T({I(2)})})), "[1, 'a', [], (2,)]");
}

TEST_F(RtContainers, ListAppendExtend) {
  // python3.12: (lambda l: (l.append(2), l.extend((3,4)), l.extend(l), l)[-1])([1])
  EXPECT_EQ(R(([] {
              auto l = L({I(1)});
              M(l, "append", {I(2)});
              M(l, "extend", {T({I(3), I(4)})});
              M(l, "extend", {l});
              return l;
            })()),
            "[1, 2, 3, 4, 1, 2, 3, 4]");
}

TEST_F(RtContainers, ListInsert) {
  // python3.12: (lambda l: (l.insert(-10,0), l.insert(1,9), l.insert(100,7), l)[-1])([1,2])
  EXPECT_EQ(R(([] {
              auto l = L({I(1), I(2)});
              M(l, "insert", {I(-10), I(0)});
              M(l, "insert", {I(1), I(9)});
              M(l, "insert", {I(100), I(7)});
              return l;
            })()),
            "[0, 9, 1, 2, 7]");
}

TEST_F(RtContainers, ListPopEmpty) {
  // python3.12: [].pop()
  EXPECT_EQ(R(M(L({}), "pop")), "IndexError: pop from empty list");
}

TEST_F(RtContainers, ListPopIndex) {
  // python3.12: [1,2].pop(5)
  EXPECT_EQ(R(M(L({I(1), I(2)}), "pop", {I(5)})), "IndexError: pop index out of range");
}

TEST_F(RtContainers, ListPopNeg) {
  // python3.12: [1,2,3].pop(-3)
  EXPECT_EQ(R(M(L({I(1), I(2), I(3)}), "pop", {I(-3)})), "1");
}

TEST_F(RtContainers, ListPopStr) {
  // python3.12: [1].pop('a')
  EXPECT_EQ(R(M(L({I(1)}), "pop", {S("a")})),
            "TypeError: 'str' object cannot be interpreted as an integer");
}

TEST_F(RtContainers, ListRemoveMissing) {
  // python3.12: [1].remove(3)
  EXPECT_EQ(R(M(L({I(1)}), "remove", {I(3)})), "ValueError: list.remove(x): x not in list");
}

TEST_F(RtContainers, ListIndexMissing) {
  // python3.12: [1].index(3)
  EXPECT_EQ(R(M(L({I(1)}), "index", {I(3)})), "ValueError: 3 is not in list");
}

TEST_F(RtContainers, ListIndexStrMissing) {
  // python3.12: [1].index('x')
  EXPECT_EQ(R(M(L({I(1)}), "index", {S("x")})), "ValueError: 'x' is not in list");
}

TEST_F(RtContainers, ListIndexRange) {
  // python3.12: [1,2,1].index(1, 1)
  EXPECT_EQ(R(M(L({I(1), I(2), I(1)}), "index", {I(1), I(1)})), "2");
}

TEST_F(RtContainers, ListIndexNegStart) {
  // python3.12: [1,2,3].index(2, -1)
  EXPECT_EQ(R(M(L({I(1), I(2), I(3)}), "index", {I(2), I(-1)})), "ValueError: 2 is not in list");
}

TEST_F(RtContainers, ListCount) {
  // python3.12: [1,2,1,1.0].count(1)
  EXPECT_EQ(R(M(L({I(1), I(2), I(1), F(1.0)}), "count", {I(1)})), "3");
}

TEST_F(RtContainers, ListAppendArgs) {
  // python3.12: [].append()
  EXPECT_EQ(R(M(L({}), "append", {})),
            "TypeError: list.append() takes exactly one argument (0 given)");
}

TEST_F(RtContainers, ListClearArgs) {
  // python3.12: [].clear(1)
  EXPECT_EQ(R(M(L({}), "clear", {I(1)})), "TypeError: list.clear() takes no arguments (1 given)");
}

TEST_F(RtContainers, ListInsertArgs) {
  // python3.12: [].insert(1)
  EXPECT_EQ(R(M(L({}), "insert", {I(1)})), "TypeError: insert expected 2 arguments, got 1");
}

TEST_F(RtContainers, ListPopArgs) {
  // python3.12: [].pop(1,2)
  EXPECT_EQ(R(M(L({}), "pop", {I(1), I(2)})), "TypeError: pop expected at most 1 argument, got 2");
}

TEST_F(RtContainers, ListSort) {
  // python3.12: sorted([3,1,2,-5])
  EXPECT_EQ(R(([] {
              auto l = L({I(3), I(1), I(2), I(-5)});
              M(l, "sort");
              return l;
            })()),
            "[-5, 1, 2, 3]");
}

TEST_F(RtContainers, ListSortReverse) {
  // python3.12: sorted(['b','a','c'], reverse=True)
  EXPECT_EQ(R(([] {
              auto l = L({S("b"), S("a"), S("c")});
              MK(l, "sort", {}, {{"reverse", MOLT_TRUE}});
              return l;
            })()),
            "['c', 'b', 'a']");
}

TEST_F(RtContainers, ListSortKey) {
  // python3.12: sorted(['ccc','a','bb','d'], key=len)
  EXPECT_EQ(R(([] {
              auto l = L({S("ccc"), S("a"), S("bb"), S("d")});
              MK(l, "sort", {}, {{"key", B("len")}});
              return l;
            })()),
            "['a', 'd', 'bb', 'ccc']");
}

TEST_F(RtContainers, ListSortKeyReverseStable) {
  // python3.12: sorted(['ccc','a','bb','d'], key=len, reverse=True)
  EXPECT_EQ(R(([] {
              auto l = L({S("ccc"), S("a"), S("bb"), S("d")});
              MK(l, "sort", {}, {{"key", B("len")}, {"reverse", MOLT_TRUE}});
              return l;
            })()),
            "['ccc', 'bb', 'a', 'd']");
}

TEST_F(RtContainers, ListSortMixed) {
  // python3.12: [1,'a'].sort()
  EXPECT_EQ(R(M(L({I(1), S("a")}), "sort")),
            "TypeError: '<' not supported between instances of 'str' and 'int'");
}

TEST_F(RtContainers, ListSortBadKw) {
  // python3.12: [].sort(foo=1)
  EXPECT_EQ(R(MK(L({}), "sort", {}, {{"foo", I(1)}})),
            "TypeError: 'foo' is an invalid keyword argument for sort()");
}

TEST_F(RtContainers, ListSortPositional) {
  // python3.12: [].sort(1)
  EXPECT_EQ(R(M(L({}), "sort", {I(1)})), "TypeError: sort() takes no positional arguments");
}

TEST_F(RtContainers, ListSortBig) {
  // python3.12: sorted([(i*7919)%1000 for i in range(1000)])[0:1000:97]
  EXPECT_EQ(R(([] {
              auto l = L({});
              for (int i = 0; i < 1000; ++i)
                molt_list_append(l, I((i * 7919) % 1000));
              M(l, "sort");
              return molt_getitem(l, molt_slice_new(I(0), I(1000), I(97)));
            })()),
            "[0, 97, 194, 291, 388, 485, 582, 679, 776, 873, 970]");
}

TEST_F(RtContainers, ListReverse) {
  // python3.12: [3,2,1]
  EXPECT_EQ(R(([] {
              auto l = L({I(1), I(2), I(3)});
              M(l, "reverse");
              return l;
            })()),
            "[3, 2, 1]");
}

TEST_F(RtContainers, ListCopy) {
  // python3.12: [1,[2]].copy()
  EXPECT_EQ(R(M(L({I(1), L({I(2)})}), "copy")), "[1, [2]]");
}

TEST_F(RtContainers, ListConcat) {
  // python3.12: [1]+[2]
  EXPECT_EQ(R(molt_add(L({I(1)}), L({I(2)}))), "[1, 2]");
}

TEST_F(RtContainers, ListConcatTuple) {
  // python3.12: [1]+(2,)
  EXPECT_EQ(R(molt_add(L({I(1)}), T({I(2)}))),
            "TypeError: can only concatenate list (not \"tuple\") to list");
}

TEST_F(RtContainers, ListRepeat) {
  // python3.12: [1,2]*3
  EXPECT_EQ(R(molt_mul(L({I(1), I(2)}), I(3))), "[1, 2, 1, 2, 1, 2]");
}

TEST_F(RtContainers, ListRepeatLeft) {
  // python3.12: 2*[1]
  EXPECT_EQ(R(molt_mul(I(2), L({I(1)}))), "[1, 1]");
}

TEST_F(RtContainers, ListRepeatNeg) {
  // python3.12: [1]*-3
  EXPECT_EQ(R(molt_mul(L({I(1)}), I(-3))), "[]");
}

TEST_F(RtContainers, ListRepeatStr) {
  // python3.12: [1]*'a'
  EXPECT_EQ(R(molt_mul(L({I(1)}), S("a"))),
            "TypeError: can't multiply sequence by non-int of type 'str'");
}

TEST_F(RtContainers, ListIadd) {
  // python3.12: (lambda l: (l.__iadd__('ab'), l)[1])([1])
  EXPECT_EQ(R(([] {
              auto l = L({I(1)});
              auto r = molt_iadd(l, S("ab"));
              return molt_bool(r == l) == MOLT_TRUE ? l : r;
            })()),
            "[1, 'a', 'b']");
}

TEST_F(RtContainers, ListIaddInt) {
  // python3.12: [1].__iadd__(5)
  EXPECT_EQ(R(molt_iadd(L({I(1)}), I(5))), "TypeError: 'int' object is not iterable");
}

TEST_F(RtContainers, ListImul) {
  // python3.12: [1,2,1,2]
  EXPECT_EQ(R(([] {
              auto l = L({I(1), I(2)});
              molt_imul(l, I(2));
              return l;
            })()),
            "[1, 2, 1, 2]");
}

TEST_F(RtContainers, ListCompare) {
  // python3.12: ([1,2]<[1,3], [1]<[1,0], [1]==[1], []>=[])
  EXPECT_EQ(R(T({molt_richcompare(L({I(1), I(2)}), L({I(1), I(3)}), MOLT_LT),
                 molt_richcompare(L({I(1)}), L({I(1), I(0)}), MOLT_LT),
                 molt_richcompare(L({I(1)}), L({I(1)}), MOLT_EQ),
                 molt_richcompare(L({}), L({}), MOLT_GE)})),
            "(True, True, True, True)");
}

TEST_F(RtContainers, ListCompareStr) {
  // python3.12: [1] < 'a'
  EXPECT_EQ(R(molt_richcompare(L({I(1)}), S("a"), MOLT_LT)),
            "TypeError: '<' not supported between instances of 'list' and 'str'");
}

TEST_F(RtContainers, ListIndexing) {
  // python3.12: ([1,2][-1], [1,2][0])
  EXPECT_EQ(R(T({molt_getitem(L({I(1), I(2)}), I(-1)), molt_getitem(L({I(1), I(2)}), I(0))})),
            "(2, 1)");
}

TEST_F(RtContainers, ListIndexOut) {
  // python3.12: [1][5]
  EXPECT_EQ(R(molt_getitem(L({I(1)}), I(5))), "IndexError: list index out of range");
}

TEST_F(RtContainers, ListIndexStr) {
  // python3.12: [1].__getitem__('a')
  EXPECT_EQ(R(molt_getitem(L({I(1)}), S("a"))),
            "TypeError: list indices must be integers or slices, not str");
}

TEST_F(RtContainers, ListIndexFloat) {
  // python3.12: [1].__getitem__(1.0)
  EXPECT_EQ(R(molt_getitem(L({I(1)}), F(1.0))),
            "TypeError: list indices must be integers or slices, not float");
}

TEST_F(RtContainers, ListSliceStep) {
  // python3.12: [0,1,2,3,4,5][5:0:-2]
  EXPECT_EQ(
      R(molt_getitem(L({I(0), I(1), I(2), I(3), I(4), I(5)}), molt_slice_new(I(5), I(0), I(-2)))),
      "[5, 3, 1]");
}

TEST_F(RtContainers, ListSliceNeg) {
  // python3.12: [0,1,2,3][-3:]
  EXPECT_EQ(
      R(molt_getitem(L({I(0), I(1), I(2), I(3)}), molt_slice_new(I(-3), MOLT_NONE, MOLT_NONE))),
      "[1, 2, 3]");
}

TEST_F(RtContainers, ListSliceZero) {
  // python3.12: [0][::0]
  EXPECT_EQ(R(molt_getitem(L({I(0)}), molt_slice_new(MOLT_NONE, MOLT_NONE, I(0)))),
            "ValueError: slice step cannot be zero");
}

TEST_F(RtContainers, ListSliceAssign) {
  // python3.12: (lambda l: (l.__setitem__(slice(1,3), ['a','b','c']), l)[1])([0,1,2,3])
  EXPECT_EQ(R(([] {
              auto l = L({I(0), I(1), I(2), I(3)});
              molt_setitem(l, molt_slice_new(I(1), I(3), MOLT_NONE), L({S("a"), S("b"), S("c")}));
              return l;
            })()),
            "[0, 'a', 'b', 'c', 3]");
}

TEST_F(RtContainers, ListSliceAssignShrink) {
  // python3.12: [3]
  EXPECT_EQ(R(([] {
              auto l = L({I(0), I(1), I(2), I(3)});
              molt_setitem(l, molt_slice_new(I(0), I(3), MOLT_NONE), L({}));
              return l;
            })()),
            "[3]");
}

TEST_F(RtContainers, ListSliceAssignSelf) {
  // python3.12: (lambda l: (l.__setitem__(slice(1,1), l), l)[1])([0,1])
  EXPECT_EQ(R(([] {
              auto l = L({I(0), I(1)});
              molt_setitem(l, molt_slice_new(I(1), I(1), MOLT_NONE), l);
              return l;
            })()),
            "[0, 0, 1, 1]");
}

TEST_F(RtContainers, ListExtSliceAssign) {
  // python3.12: ['a',1,'b',3]
  EXPECT_EQ(R(([] {
              auto l = L({I(0), I(1), I(2), I(3)});
              molt_setitem(l, molt_slice_new(MOLT_NONE, MOLT_NONE, I(2)), L({S("a"), S("b")}));
              return l;
            })()),
            "['a', 1, 'b', 3]");
}

TEST_F(RtContainers, ListExtSliceAssignBad) {
  // python3.12: [0,1,2].__setitem__(slice(None,None,2), [1,2,3])
  EXPECT_EQ(
      R(([] {
        auto l = L({I(0), I(1), I(2)});
        if (molt_setitem(l, molt_slice_new(MOLT_NONE, MOLT_NONE, I(2)), L({I(1), I(2), I(3)})) < 0)
          return MOLT_ERROR;
        return l;
      })()),
      "ValueError: attempt to assign sequence of size 3 to extended slice of size 2");
}

TEST_F(RtContainers, ListExtSliceAssignInt) {
  // python3.12: [0,1,2].__setitem__(slice(None,None,2), 1)
  EXPECT_EQ(R(([] {
              auto l = L({I(0), I(1), I(2)});
              if (molt_setitem(l, molt_slice_new(MOLT_NONE, MOLT_NONE, I(2)), I(1)) < 0)
                return MOLT_ERROR;
              return l;
            })()),
            "TypeError: must assign iterable to extended slice");
}

TEST_F(RtContainers, ListSliceAssignInt) {
  // python3.12: [0,1,2].__setitem__(slice(0,1), 1)
  EXPECT_EQ(R(([] {
              auto l = L({I(0), I(1), I(2)});
              if (molt_setitem(l, molt_slice_new(I(0), I(1), MOLT_NONE), I(1)) < 0)
                return MOLT_ERROR;
              return l;
            })()),
            "TypeError: can only assign an iterable");
}

TEST_F(RtContainers, ListDelSlice) {
  // python3.12: (lambda l: (l.__delitem__(slice(None,None,-2)), l)[1])([0,1,2,3,4,5])
  EXPECT_EQ(R(([] {
              auto l = L({I(0), I(1), I(2), I(3), I(4), I(5)});
              molt_delitem(l, molt_slice_new(MOLT_NONE, MOLT_NONE, I(-2)));
              return l;
            })()),
            "[0, 2, 4]");
}

TEST_F(RtContainers, ListDelIndex) {
  // python3.12: [0,2]
  EXPECT_EQ(R(([] {
              auto l = L({I(0), I(1), I(2)});
              molt_delitem(l, I(1));
              return l;
            })()),
            "[0, 2]");
}

TEST_F(RtContainers, ListDelOut) {
  // python3.12: [0].__delitem__(3)
  EXPECT_EQ(R(([] {
              auto l = L({I(0)});
              if (molt_delitem(l, I(3)) < 0) return MOLT_ERROR;
              return l;
            })()),
            "IndexError: list assignment index out of range");
}

TEST_F(RtContainers, ListSetOut) {
  // python3.12: [0].__setitem__(3, 1)
  EXPECT_EQ(R(([] {
              auto l = L({I(0)});
              if (molt_setitem(l, I(3), I(1)) < 0) return MOLT_ERROR;
              return l;
            })()),
            "IndexError: list assignment index out of range");
}

TEST_F(RtContainers, ListRecursiveRepr) {
  // python3.12: (lambda l: (l.append(l), l)[1])([1])
  EXPECT_EQ(R(([] {
              auto l = L({I(1)});
              molt_list_append(l, l);
              return l;
            })()),
            "[1, [...]]");
}

TEST_F(RtContainers, ListCtor) {
  // python3.12: list('abc')
  EXPECT_EQ(R(C(&molt_type_list, {S("abc")})), "['a', 'b', 'c']");
}

TEST_F(RtContainers, ListCtorInt) {
  // python3.12: list(1)
  EXPECT_EQ(R(C(&molt_type_list, {I(1)})), "TypeError: 'int' object is not iterable");
}

TEST_F(RtContainers, ListCtorArgs) {
  // python3.12: list(1,2)
  EXPECT_EQ(R(C(&molt_type_list, {I(1), I(2)})),
            "TypeError: list expected at most 1 argument, got 2");
}

TEST_F(RtContainers, ListContains) {
  // python3.12: ('a' in [1,'a'], 1.0 in [1], 1 in [])
  EXPECT_EQ(
      R(T({molt_bool(molt_contains(L({I(1), S("a")}), S("a"))),
           molt_bool(molt_contains(L({I(1)}), F(1.0))), molt_bool(molt_contains(L({}), I(1)))})),
      "(True, True, False)");
}

TEST_F(RtContainers, TupleRepr) {
  // python3.12: ((1,), (), (1, 2))
  EXPECT_EQ(R(T({T({I(1)}), T({}), T({I(1), I(2)})})), "((1,), (), (1, 2))");
}

TEST_F(RtContainers, TupleHash) {
  // python3.12: hash((1,2))
  EXPECT_EQ(R(H(T({I(1), I(2)}))), "-3550055125485641917");
}

TEST_F(RtContainers, TupleHashEmpty) {
  // python3.12: hash(())
  EXPECT_EQ(R(H(T({}))), "5740354900026072187");
}

TEST_F(RtContainers, TupleHashNested) {
  // python3.12: hash(('a', (1, None), 2.5))
  EXPECT_EQ(R(H(T({S("a"), T({I(1), MOLT_NONE}), F(2.5)}))), "-6228269314310586154");
}

TEST_F(RtContainers, TupleHashUnhashable) {
  // python3.12: hash(([],))
  EXPECT_EQ(R(H(T({L({})}))), "TypeError: unhashable type: 'list'");
}

TEST_F(RtContainers, TupleIndex) {
  // python3.12: (1,2).index(5)
  EXPECT_EQ(R(M(T({I(1), I(2)}), "index", {I(5)})), "ValueError: tuple.index(x): x not in tuple");
}

TEST_F(RtContainers, TupleIndexOk) {
  // python3.12: (1,2,2).index(2)
  EXPECT_EQ(R(M(T({I(1), I(2), I(2)}), "index", {I(2)})), "1");
}

TEST_F(RtContainers, TupleCount) {
  // python3.12: (1,2,2).count(2)
  EXPECT_EQ(R(M(T({I(1), I(2), I(2)}), "count", {I(2)})), "2");
}

TEST_F(RtContainers, TupleGetOut) {
  // python3.12: (1,)[5]
  EXPECT_EQ(R(molt_getitem(T({I(1)}), I(5))), "IndexError: tuple index out of range");
}

TEST_F(RtContainers, TupleGetStr) {
  // python3.12: (1,).__getitem__('x')
  EXPECT_EQ(R(molt_getitem(T({I(1)}), S("x"))),
            "TypeError: tuple indices must be integers or slices, not str");
}

TEST_F(RtContainers, TupleSlice) {
  // python3.12: (1,2,3)[::-1]
  EXPECT_EQ(R(molt_getitem(T({I(1), I(2), I(3)}), molt_slice_new(MOLT_NONE, MOLT_NONE, I(-1)))),
            "(3, 2, 1)");
}

TEST_F(RtContainers, TupleConcat) {
  // python3.12: (1,)+(2,)
  EXPECT_EQ(R(molt_add(T({I(1)}), T({I(2)}))), "(1, 2)");
}

TEST_F(RtContainers, TupleConcatList) {
  // python3.12: (1,)+[2]
  EXPECT_EQ(R(molt_add(T({I(1)}), L({I(2)}))),
            "TypeError: can only concatenate tuple (not \"list\") to tuple");
}

TEST_F(RtContainers, TupleRepeat) {
  // python3.12: (1,2)*2
  EXPECT_EQ(R(molt_mul(T({I(1), I(2)}), I(2))), "(1, 2, 1, 2)");
}

TEST_F(RtContainers, TupleCompare) {
  // python3.12: ((1,2)<(1,2,0), (2,)>(1,9))
  EXPECT_EQ(R(T({molt_richcompare(T({I(1), I(2)}), T({I(1), I(2), I(0)}), MOLT_LT),
                 molt_richcompare(T({I(2)}), T({I(1), I(9)}), MOLT_GT)})),
            "(True, True)");
}

TEST_F(RtContainers, TupleCtor) {
  // python3.12: tuple([1,2])
  EXPECT_EQ(R(C(&molt_type_tuple, {L({I(1), I(2)})})), "(1, 2)");
}

TEST_F(RtContainers, TupleCtorKw) {
  // python3.12: tuple(x=1)
  EXPECT_EQ(R(CK(&molt_type_tuple, {}, {{"x", I(1)}})),
            "TypeError: tuple() takes no keyword arguments");
}

TEST_F(RtContainers, DictRepr) {
  // python3.12: {'a': 1, 2: []}
  EXPECT_EQ(R(D({S("a"), I(1), I(2), L({})})), "{'a': 1, 2: []}");
}

TEST_F(RtContainers, DictMissing) {
  // python3.12: {}['a']
  EXPECT_EQ(R(molt_getitem(D({}), S("a"))), "KeyError: 'a'");
}

TEST_F(RtContainers, DictMissingTuple) {
  // python3.12: {}[(1,2)]
  EXPECT_EQ(R(molt_getitem(D({}), T({I(1), I(2)}))), "KeyError: (1, 2)");
}

TEST_F(RtContainers, DictUnhashable) {
  // python3.12: {}[[1]]
  EXPECT_EQ(R(molt_getitem(D({}), L({I(1)}))), "TypeError: unhashable type: 'list'");
}

TEST_F(RtContainers, DictGet) {
  // python3.12: ({1:2}.get(1), {}.get(1), {}.get(1, 'd'))
  EXPECT_EQ(R(T({M(D({I(1), I(2)}), "get", {I(1)}), M(D({}), "get", {I(1)}),
                 M(D({}), "get", {I(1), S("d")})})),
            "(2, None, 'd')");
}

TEST_F(RtContainers, DictSetdefault) {
  // python3.12: {'k': [1], 'z': None}
  EXPECT_EQ(R(([] {
              auto d = D({});
              auto r = M(d, "setdefault", {S("k"), L({})});
              M(r, "append", {I(1)});
              M(d, "setdefault", {S("k"), I(5)});
              M(d, "setdefault", {S("z")});
              return d;
            })()),
            "{'k': [1], 'z': None}");
}

TEST_F(RtContainers, DictPop) {
  // python3.12: ({1:2}.pop(1), {}.pop(1, 7))
  EXPECT_EQ(R(T({M(D({I(1), I(2)}), "pop", {I(1)}), M(D({}), "pop", {I(1), I(7)})})), "(2, 7)");
}

TEST_F(RtContainers, DictPopMissing) {
  // python3.12: {}.pop(1)
  EXPECT_EQ(R(M(D({}), "pop", {I(1)})), "KeyError: 1");
}

TEST_F(RtContainers, DictPopitem) {
  // python3.12: ((3, 4), {1: 2})
  EXPECT_EQ(R(([] {
              auto d = D({I(1), I(2), I(3), I(4)});
              auto r = M(d, "popitem");
              return T({r, d});
            })()),
            "((3, 4), {1: 2})");
}

TEST_F(RtContainers, DictPopitemEmpty) {
  // python3.12: {}.popitem()
  EXPECT_EQ(R(M(D({}), "popitem")), "KeyError: 'popitem(): dictionary is empty'");
}

TEST_F(RtContainers, DictUpdateSeq) {
  // python3.12: (lambda d: (d.update([(2,3),[1,0]], x=9), d)[1])({1:1})
  EXPECT_EQ(R(([] {
              auto d = D({I(1), I(1)});
              MK(d, "update", {L({T({I(2), I(3)}), L({I(1), I(0)})})}, {{"x", I(9)}});
              return d;
            })()),
            "{1: 0, 2: 3, 'x': 9}");
}

TEST_F(RtContainers, DictUpdateBadLen) {
  // python3.12: {}.update([(1,2,3)])
  EXPECT_EQ(R(M(D({}), "update", {L({T({I(1), I(2), I(3)})})})),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
}

TEST_F(RtContainers, DictUpdateBadElem) {
  // python3.12: {}.update([1])
  EXPECT_EQ(R(M(D({}), "update", {L({I(1)})})),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
}

TEST_F(RtContainers, DictUpdateInt) {
  // python3.12: {}.update(5)
  EXPECT_EQ(R(M(D({}), "update", {I(5)})), "TypeError: 'int' object is not iterable");
}

TEST_F(RtContainers, DictUpdateArgs) {
  // python3.12: {}.update(5, 6)
  EXPECT_EQ(R(M(D({}), "update", {I(5), I(6)})),
            "TypeError: update expected at most 1 argument, got 2");
}

TEST_F(RtContainers, DictKeysValuesItems) {
  // python3.12: ({1:2,'a':'b'}.keys(), {1:2}.values(), {1:2}.items(), {}.keys())
  EXPECT_EQ(R(T({M(D({I(1), I(2), S("a"), S("b")}), "keys"), M(D({I(1), I(2)}), "values"),
                 M(D({I(1), I(2)}), "items"), M(D({}), "keys")})),
            "(dict_keys([1, 'a']), dict_values([2]), dict_items([(1, 2)]), dict_keys([]))");
}

TEST_F(RtContainers, DictFromkeys) {
  // python3.12: dict.fromkeys('ab', 0)
  EXPECT_EQ(R(M(V(&molt_type_dict), "fromkeys", {S("ab"), I(0)})), "{'a': 0, 'b': 0}");
}

TEST_F(RtContainers, DictOr) {
  // python3.12: {1:1,2:2} | {2:3,4:4}
  EXPECT_EQ(R(molt_or(D({I(1), I(1), I(2), I(2)}), D({I(2), I(3), I(4), I(4)}))),
            "{1: 1, 2: 3, 4: 4}");
}

TEST_F(RtContainers, DictOrInt) {
  // python3.12: {} | 1
  EXPECT_EQ(R(molt_or(D({}), I(1))),
            "TypeError: unsupported operand type(s) for |: 'dict' and 'int'");
}

TEST_F(RtContainers, DictIorList) {
  // python3.12: (lambda d: d.__ior__([(1,2)]))({})
  EXPECT_EQ(R(molt_ior(D({}), L({T({I(1), I(2)})}))), "{1: 2}");
}

TEST_F(RtContainers, DictEq) {
  // python3.12: ({1:2}=={1:2}, {1:2}=={1:3}, {1:2}!={1:2.0})
  EXPECT_EQ(R(T({molt_richcompare(D({I(1), I(2)}), D({I(1), I(2)}), MOLT_EQ),
                 molt_richcompare(D({I(1), I(2)}), D({I(1), I(3)}), MOLT_EQ),
                 molt_richcompare(D({I(1), I(2)}), D({I(1), F(2.0)}), MOLT_NE)})),
            "(True, False, False)");
}

TEST_F(RtContainers, DictLt) {
  // python3.12: {} < {}
  EXPECT_EQ(R(molt_richcompare(D({}), D({}), MOLT_LT)),
            "TypeError: '<' not supported between instances of 'dict' and 'dict'");
}

TEST_F(RtContainers, DictCtorKw) {
  // python3.12: dict([('a',1)], b=2, a=3)
  EXPECT_EQ(R(CK(&molt_type_dict, {L({T({S("a"), I(1)})})}, {{"b", I(2)}, {"a", I(3)}})),
            "{'a': 3, 'b': 2}");
}

TEST_F(RtContainers, DictCtorArgs) {
  // python3.12: dict(1, 2)
  EXPECT_EQ(R(C(&molt_type_dict, {I(1), I(2)})),
            "TypeError: dict expected at most 1 argument, got 2");
}

TEST_F(RtContainers, DictRecursive) {
  // python3.12: (lambda d: (d.__setitem__(1, d), d)[1])({})
  EXPECT_EQ(R(([] {
              auto d = D({});
              molt_dict_setitem(d, I(1), d);
              return d;
            })()),
            "{1: {...}}");
}

TEST_F(RtContainers, DictReversed) {
  // python3.12: list(reversed({1:0,2:0,3:0}))
  EXPECT_EQ(
      R(C(&molt_type_list, {C(&molt_type_reversed, {D({I(1), I(0), I(2), I(0), I(3), I(0)})})})),
      "[3, 2, 1]");
}

TEST_F(RtContainers, DictReversedItems) {
  // python3.12: list(reversed({1:5,2:6}.items()))
  EXPECT_EQ(
      R(C(&molt_type_list, {C(&molt_type_reversed, {M(D({I(1), I(5), I(2), I(6)}), "items")})})),
      "[(2, 6), (1, 5)]");
}

TEST_F(RtContainers, DictChangedSize) {
  // python3.12: (lambda d, it: (d.__setitem__(5,5), next(it))[1])(*(lambda d: (d, iter(d)))({1:2}))
  EXPECT_EQ(R(([] {
              auto d = D({I(1), I(2)});
              auto it = molt_iter(d);
              molt_dict_setitem(d, I(5), I(5));
              return molt_iter_next(it);
            })()),
            "RuntimeError: dictionary changed size during iteration");
}

TEST_F(RtContainers, DictDelOrder) {
  // python3.12: {2: 8, 3: 3, 1: 9}
  EXPECT_EQ(R(([] {
              auto d = D({I(1), I(1), I(2), I(2), I(3), I(3)});
              molt_delitem(d, I(1));
              molt_dict_setitem(d, I(1), I(9));
              molt_dict_setitem(d, I(2), I(8));
              return d;
            })()),
            "{2: 8, 3: 3, 1: 9}");
}

TEST_F(RtContainers, DictKeysSetOps) {
  // python3.12: ({1:2}.keys() | {3}, {1:2,3:4}.keys() & {3, 1}, {1:2}.keys() - {1}, {1:2}.keys() ^
  // {3})
  EXPECT_EQ(R(T({molt_or(M(D({I(1), I(2)}), "keys"), SET({I(3)})),
                 molt_and(M(D({I(1), I(2), I(3), I(4)}), "keys"), SET({I(3), I(1)})),
                 molt_sub(M(D({I(1), I(2)}), "keys"), SET({I(1)})),
                 molt_xor(M(D({I(1), I(2)}), "keys"), SET({I(3)}))})),
            "({1, 3}, {1, 3}, set(), {1, 3})");
}

TEST_F(RtContainers, DictItemsContains) {
  // python3.12: ((1,2) in {1:2}.items(), (1,[]) in {1:2}.items())
  EXPECT_EQ(R(T({molt_bool(molt_contains(M(D({I(1), I(2)}), "items"), T({I(1), I(2)}))),
                 molt_bool(molt_contains(M(D({I(1), I(2)}), "items"), T({I(1), L({})})))})),
            "(True, False)");
}

TEST_F(RtContainers, DictViewCompare) {
  // python3.12: ({1:2}.keys() == {1}, {1:2}.keys() <= {1,2})
  EXPECT_EQ(R(T({molt_richcompare(M(D({I(1), I(2)}), "keys"), SET({I(1)}), MOLT_EQ),
                 molt_richcompare(M(D({I(1), I(2)}), "keys"), SET({I(1), I(2)}), MOLT_LE)})),
            "(True, True)");
}

TEST_F(RtContainers, MergeKwargsDup) {
  // python3.12: print(**{'a':1}, **{'a':2})
  EXPECT_EQ(R(([] {
              auto d = D({S("a"), I(1)});
              if (molt_dict_merge_kwargs(d, D({S("a"), I(2)}), B("print")) < 0) return MOLT_ERROR;
              return d;
            })()),
            "TypeError: print() got multiple values for keyword argument 'a'");
}

TEST_F(RtContainers, MergeKwargsInt) {
  // python3.12: print(**1)
  EXPECT_EQ(R(([] {
              auto d = D({});
              if (molt_dict_merge_kwargs(d, I(1), B("print")) < 0) return MOLT_ERROR;
              return d;
            })()),
            "TypeError: print() argument after ** must be a mapping, not int");
}

TEST_F(RtContainers, MergeKwargsNonStr) {
  // python3.12: print(**{1:2})
  EXPECT_EQ(R(([] {
              auto d = D({});
              if (molt_dict_merge_kwargs(d, D({I(1), I(2)}), B("print")) < 0) return MOLT_ERROR;
              return d;
            })()),
            "TypeError: keywords must be strings");
}

TEST_F(RtContainers, SetOrderInts) {
  // python3.12: set([5,100,3,-1,8,16,33])
  EXPECT_EQ(R(SET({I(5), I(100), I(3), I(-1), I(8), I(16), I(33)})), "{33, 3, 100, 5, 8, 16, -1}");
}

TEST_F(RtContainers, SetOrderStrs) {
  // python3.12: set(['apple','banana','cherry','date','elder','fig'])
  EXPECT_EQ(R(SET({S("apple"), S("banana"), S("cherry"), S("date"), S("elder"), S("fig")})),
            "{'banana', 'apple', 'cherry', 'fig', 'date', 'elder'}");
}

TEST_F(RtContainers, SetConstDisplay) {
  // python3.12: {'apple','banana','cherry',5,100}
  EXPECT_EQ(
      R(molt_set_from_consts(
          std::vector<MoltValue>{S("apple"), S("banana"), S("cherry"), I(5), I(100)}.data(), 5)),
      "{'banana', 100, 5, 'cherry', 'apple'}");
}

TEST_F(RtContainers, SetRepr) {
  // python3.12: (set(), frozenset(), frozenset({1}))
  EXPECT_EQ(R(T({SET({}), C(&molt_type_frozenset, {}), C(&molt_type_frozenset, {L({I(1)})})})),
            "(set(), frozenset(), frozenset({1}))");
}

TEST_F(RtContainers, SetAddRemove) {
  // python3.12: {3}
  EXPECT_EQ(R(([] {
              auto s = SET({I(1), I(2)});
              M(s, "add", {I(3)});
              M(s, "discard", {I(1)});
              M(s, "discard", {I(10)});
              M(s, "remove", {I(2)});
              return s;
            })()),
            "{3}");
}

TEST_F(RtContainers, SetRemoveMissing) {
  // python3.12: set().remove('k')
  EXPECT_EQ(R(M(SET({}), "remove", {S("k")})), "KeyError: 'k'");
}

TEST_F(RtContainers, SetPopEmpty) {
  // python3.12: set().pop()
  EXPECT_EQ(R(M(SET({}), "pop")), "KeyError: 'pop from an empty set'");
}

TEST_F(RtContainers, SetPop) {
  // python3.12: (lambda s: (s.pop(), s.pop(), s))({10,3,7})
  EXPECT_EQ(R(([] {
              auto s = SET({I(10), I(3), I(7)});
              auto a = M(s, "pop");
              auto b = M(s, "pop");
              return T({a, b, s});
            })()),
            "(10, 3, {7})");
}

TEST_F(RtContainers, SetUnhashable) {
  // python3.12: {[]}
  EXPECT_EQ(R(SET({L({})})), "TypeError: unhashable type: 'list'");
}

TEST_F(RtContainers, SetUnion) {
  // python3.12: {1,2}.union([3], (2,40))
  EXPECT_EQ(R(M(SET({I(1), I(2)}), "union", {L({I(3)}), T({I(2), I(40)})})), "{40, 1, 2, 3}");
}

TEST_F(RtContainers, SetIntersection) {
  // python3.12: {1,2,3,4}.intersection([4,3,9], {3,4})
  EXPECT_EQ(R(M(SET({I(1), I(2), I(3), I(4)}), "intersection",
                {L({I(4), I(3), I(9)}), SET({I(3), I(4)})})),
            "{3, 4}");
}

TEST_F(RtContainers, SetDifference) {
  // python3.12: {1,2,3,4}.difference([1], {2})
  EXPECT_EQ(R(M(SET({I(1), I(2), I(3), I(4)}), "difference", {L({I(1)}), SET({I(2)})})), "{3, 4}");
}

TEST_F(RtContainers, SetSymDiff) {
  // python3.12: {1,2,3}.symmetric_difference([3,4])
  EXPECT_EQ(R(M(SET({I(1), I(2), I(3)}), "symmetric_difference", {L({I(3), I(4)})})), "{1, 2, 4}");
}

TEST_F(RtContainers, SetUpdates) {
  // python3.12: (lambda s: (s.intersection_update([1,2,3,4]), s.difference_update([1]),
  // s.symmetric_difference_update([2,9]), s.update([0], (-1,)), s)[-1])({1,2,3,4,5})
  EXPECT_EQ(R(([] {
              auto s = SET({I(1), I(2), I(3), I(4), I(5)});
              M(s, "intersection_update", {L({I(1), I(2), I(3), I(4)})});
              M(s, "difference_update", {L({I(1)})});
              M(s, "symmetric_difference_update", {L({I(2), I(9)})});
              M(s, "update", {L({I(0)}), T({I(-1)})});
              return s;
            })()),
            "{0, 3, 4, 9, -1}");
}

TEST_F(RtContainers, SetOps) {
  // python3.12: ({1}|{2}, {1,2}&{2}, {1,2}-{2}, {1,2}^{2,3})
  EXPECT_EQ(R(T({molt_or(SET({I(1)}), SET({I(2)})), molt_and(SET({I(1), I(2)}), SET({I(2)})),
                 molt_sub(SET({I(1), I(2)}), SET({I(2)})),
                 molt_xor(SET({I(1), I(2)}), SET({I(2), I(3)}))})),
            "({1, 2}, {2}, {1}, {1, 3})");
}

TEST_F(RtContainers, SetOpList) {
  // python3.12: {1} - [1]
  EXPECT_EQ(R(molt_sub(SET({I(1)}), L({I(1)}))),
            "TypeError: unsupported operand type(s) for -: 'set' and 'list'");
}

TEST_F(RtContainers, SetCompare) {
  // python3.12: ({1}<{1,2}, {1,2}<{1,2}, {1,2}==frozenset([2,1]), {3}>={1,2})
  EXPECT_EQ(
      R(T({molt_richcompare(SET({I(1)}), SET({I(1), I(2)}), MOLT_LT),
           molt_richcompare(SET({I(1), I(2)}), SET({I(1), I(2)}), MOLT_LT),
           molt_richcompare(SET({I(1), I(2)}), C(&molt_type_frozenset, {L({I(2), I(1)})}), MOLT_EQ),
           molt_richcompare(SET({I(3)}), SET({I(1), I(2)}), MOLT_GE)})),
      "(True, False, True, False)");
}

TEST_F(RtContainers, SetCompareList) {
  // python3.12: {1} <= [1]
  EXPECT_EQ(R(molt_richcompare(SET({I(1)}), L({I(1)}), MOLT_LE)),
            "TypeError: '<=' not supported between instances of 'set' and 'list'");
}

TEST_F(RtContainers, SetSubsetMethods) {
  // python3.12: ({1}.issubset([1,2]), {1}.issuperset([]), {1}.isdisjoint([2]), {1}.isdisjoint({1}))
  EXPECT_EQ(R(T({M(SET({I(1)}), "issubset", {L({I(1), I(2)})}),
                 M(SET({I(1)}), "issuperset", {L({})}), M(SET({I(1)}), "isdisjoint", {L({I(2)})}),
                 M(SET({I(1)}), "isdisjoint", {SET({I(1)})})})),
            "(True, True, True, False)");
}

TEST_F(RtContainers, FrozensetHash) {
  // python3.12: (hash(frozenset([1,2])), hash(frozenset()), hash(frozenset(['a','b',3])))
  EXPECT_EQ(R(T({H(C(&molt_type_frozenset, {L({I(1), I(2)})})), H(C(&molt_type_frozenset, {})),
                 H(C(&molt_type_frozenset, {L({S("a"), S("b"), I(3)})}))})),
            "(-1826646154956904602, 133146708735736, 1176604219475937907)");
}

TEST_F(RtContainers, SetHash) {
  // python3.12: hash(set())
  EXPECT_EQ(R(H(SET({}))), "TypeError: unhashable type: 'set'");
}

TEST_F(RtContainers, SetInFrozen) {
  // python3.12: {1} in {frozenset([1])}
  EXPECT_EQ(R(molt_bool(molt_contains(SET({C(&molt_type_frozenset, {L({I(1)})})}), SET({I(1)})))),
            "True");
}

TEST_F(RtContainers, SetChangedSize) {
  // python3.12: (lambda s, it: (s.add(2), next(it))[1])(*(lambda s: (s, iter(s)))({1}))
  EXPECT_EQ(R(([] {
              auto s = SET({I(1)});
              auto it = molt_iter(s);
              molt_set_add(s, I(2));
              return molt_iter_next(it);
            })()),
            "RuntimeError: Set changed size during iteration");
}

TEST_F(RtContainers, FrozensetCtorArgs) {
  // python3.12: frozenset(1, 2)
  EXPECT_EQ(R(C(&molt_type_frozenset, {I(1), I(2)})),
            "TypeError: frozenset expected at most 1 argument, got 2");
}

TEST_F(RtContainers, SetCtorKw) {
  // python3.12: set(x=1)
  EXPECT_EQ(R(CK(&molt_type_set, {}, {{"x", I(1)}})),
            "TypeError: set() takes no keyword arguments");
}

TEST_F(RtContainers, SetManyInts) {
  // python3.12: (lambda s: ([s.add(i*37%101) for i in range(0,200,7)], [s.discard(i) for i in
  // range(0,50,3)], list(s))[-1])(set())
  EXPECT_EQ(R(([] {
              auto s = SET({});
              for (int i = 0; i < 200; i += 7)
                molt_set_add(s, I(i * 37 % 101));
              for (int i = 0; i < 50; i += 3)
                M(s, "discard", {I(i)});
              return C(&molt_type_list, {s});
            })()),
            "[8, 11, 13, 16, 26, 29, 34, 47, 52, 55, 57, 60, 65, 68, 70, 73, 78, 81, 83, 86, 91, "
            "96, 99]");
}

TEST_F(RtContainers, SetStrUpdate) {
  // python3.12: (lambda s: (s.update('hello world'), s)[1])({'x'})
  EXPECT_EQ(R(([] {
              auto s = SET({S("x")});
              M(s, "update", {S("hello world")});
              return s;
            })()),
            "{' ', 'd', 'x', 'r', 'h', 'o', 'e', 'w', 'l'}");
}

TEST_F(RtContainers, RangeRepr) {
  // python3.12: (range(5), range(1,5), range(1,5,2))
  EXPECT_EQ(R(T({C(&molt_type_range, {I(5)}), C(&molt_type_range, {I(1), I(5)}),
                 C(&molt_type_range, {I(1), I(5), I(2)})})),
            "(range(0, 5), range(1, 5), range(1, 5, 2))");
}

TEST_F(RtContainers, RangeLen) {
  // python3.12: (len(range(10,0,-3)), len(range(0,10,3)))
  EXPECT_EQ(R(T({LEN(C(&molt_type_range, {I(10), I(0), I(-3)})),
                 LEN(C(&molt_type_range, {I(0), I(10), I(3)}))})),
            "(4, 4)");
}

TEST_F(RtContainers, RangeZeroStep) {
  // python3.12: range(1,2,0)
  EXPECT_EQ(R(C(&molt_type_range, {I(1), I(2), I(0)})),
            "ValueError: range() arg 3 must not be zero");
}

TEST_F(RtContainers, RangeFloat) {
  // python3.12: range(1.5)
  EXPECT_EQ(R(C(&molt_type_range, {F(1.5)})),
            "TypeError: 'float' object cannot be interpreted as an integer");
}

TEST_F(RtContainers, RangeNoArgs) {
  // python3.12: range()
  EXPECT_EQ(R(C(&molt_type_range, {})), "TypeError: range expected at least 1 argument, got 0");
}

TEST_F(RtContainers, RangeIndex) {
  // python3.12: (range(10)[-1], range(1,10,3)[2])
  EXPECT_EQ(R(T({molt_getitem(C(&molt_type_range, {I(10)}), I(-1)),
                 molt_getitem(C(&molt_type_range, {I(1), I(10), I(3)}), I(2))})),
            "(9, 7)");
}

TEST_F(RtContainers, RangeIndexOut) {
  // python3.12: range(10)[10]
  EXPECT_EQ(R(molt_getitem(C(&molt_type_range, {I(10)}), I(10))),
            "IndexError: range object index out of range");
}

TEST_F(RtContainers, RangeSlice) {
  // python3.12: (range(0,10,3)[::-1], range(10)[2:8:2])
  EXPECT_EQ(R(T({molt_getitem(C(&molt_type_range, {I(0), I(10), I(3)}),
                              molt_slice_new(MOLT_NONE, MOLT_NONE, I(-1))),
                 molt_getitem(C(&molt_type_range, {I(10)}), molt_slice_new(I(2), I(8), I(2)))})),
            "(range(9, -3, -3), range(2, 8, 2))");
}

TEST_F(RtContainers, RangeContains) {
  // python3.12: (9 in range(0,10,3), 8 in range(0,10,3), 2.0 in range(5))
  EXPECT_EQ(R(T({molt_bool(molt_contains(C(&molt_type_range, {I(0), I(10), I(3)}), I(9))),
                 molt_bool(molt_contains(C(&molt_type_range, {I(0), I(10), I(3)}), I(8))),
                 molt_bool(molt_contains(C(&molt_type_range, {I(5)}), F(2.0)))})),
            "(True, False, True)");
}

TEST_F(RtContainers, RangeEq) {
  // python3.12: (range(0)==range(5,1), range(1,2,3)==range(1,3,5), range(3)==range(4))
  EXPECT_EQ(
      R(T({molt_richcompare(C(&molt_type_range, {I(0)}), C(&molt_type_range, {I(5), I(1)}),
                            MOLT_EQ),
           molt_richcompare(C(&molt_type_range, {I(1), I(2), I(3)}),
                            C(&molt_type_range, {I(1), I(3), I(5)}), MOLT_EQ),
           molt_richcompare(C(&molt_type_range, {I(3)}), C(&molt_type_range, {I(4)}), MOLT_EQ)})),
      "(True, True, False)");
}

TEST_F(RtContainers, RangeHash) {
  // python3.12: (hash(range(0)), hash(range(1,2,3)), hash(range(3)))
  EXPECT_EQ(R(T({H(C(&molt_type_range, {I(0)})), H(C(&molt_type_range, {I(1), I(2), I(3)})),
                 H(C(&molt_type_range, {I(3)}))})),
            "(2676694398852732306, -1269592299258668772, -8338477496398685190)");
}

TEST_F(RtContainers, RangeIndexMethod) {
  // python3.12: (range(0,20,4).index(8), range(5).count(2))
  EXPECT_EQ(R(T({M(C(&molt_type_range, {I(0), I(20), I(4)}), "index", {I(8)}),
                 M(C(&molt_type_range, {I(5)}), "count", {I(2)})})),
            "(2, 1)");
}

TEST_F(RtContainers, RangeIndexMissing) {
  // python3.12: range(3).index(5)
  EXPECT_EQ(R(M(C(&molt_type_range, {I(3)}), "index", {I(5)})), "ValueError: 5 is not in range");
}

TEST_F(RtContainers, RangeReversed) {
  // python3.12: list(reversed(range(1,10,3)))
  EXPECT_EQ(
      R(C(&molt_type_list, {C(&molt_type_reversed, {C(&molt_type_range, {I(1), I(10), I(3)})})})),
      "[7, 4, 1]");
}

TEST_F(RtContainers, RangeBig) {
  // python3.12: (range(0,10**20)[10**19], range(1, 10**20, 7)[-1])
  EXPECT_EQ(
      R(T({molt_getitem(C(&molt_type_range, {I(0), BIG("100000000000000000000")}),
                        BIG("10000000000000000000")),
           molt_getitem(C(&molt_type_range, {I(1), BIG("100000000000000000000"), I(7)}), I(-1))})),
      "(10000000000000000000, 99999999999999999999)");
}

TEST_F(RtContainers, RangeBigLen) {
  // python3.12: len(range(10**20))
  EXPECT_EQ(R(LEN(C(&molt_type_range, {BIG("100000000000000000000")}))),
            "OverflowError: Python int too large to convert to C ssize_t");
}

TEST_F(RtContainers, RangeBigIter) {
  // python3.12: list(reversed(range(10**20, 10**20+3)))
  EXPECT_EQ(R(C(&molt_type_list,
                {C(&molt_type_reversed,
                   {C(&molt_type_range, {BIG("100000000000000000000"),
                                         molt_add(BIG("100000000000000000000"), I(3))})})})),
            "[100000000000000000002, 100000000000000000001, 100000000000000000000]");
}

TEST_F(RtContainers, SliceRepr) {
  // python3.12: slice(1, None, 'x')
  EXPECT_EQ(R(molt_slice_new(I(1), MOLT_NONE, S("x"))), "slice(1, None, 'x')");
}

TEST_F(RtContainers, SliceIndices) {
  // python3.12: (slice(None,None,-1).indices(5), slice(-100,100,2).indices(5),
  // slice(10**20).indices(5) if False else slice(10**20, None, None).indices(5))
  EXPECT_EQ(R(T({M(molt_slice_new(MOLT_NONE, MOLT_NONE, I(-1)), "indices", {I(5)}),
                 M(molt_slice_new(I(-100), I(100), I(2)), "indices", {I(5)}),
                 M(molt_slice_new(BIG("100000000000000000000"), MOLT_NONE, MOLT_NONE), "indices",
                   {I(5)})})),
            "((4, -1, -1), (0, 5, 2), (5, 5, 1))");
}

TEST_F(RtContainers, SliceIndicesZero) {
  // python3.12: slice(1,2,0).indices(5)
  EXPECT_EQ(R(M(molt_slice_new(I(1), I(2), I(0)), "indices", {I(5)})),
            "ValueError: slice step cannot be zero");
}

TEST_F(RtContainers, SliceIndicesNeg) {
  // python3.12: slice(1,2,1).indices(-1)
  EXPECT_EQ(R(M(molt_slice_new(I(1), I(2), I(1)), "indices", {I(-1)})),
            "ValueError: length should not be negative");
}

TEST_F(RtContainers, SliceBadIndex) {
  // python3.12: [1]['a':]
  EXPECT_EQ(R(molt_getitem(L({I(1)}), molt_slice_new(S("a"), MOLT_NONE, MOLT_NONE))),
            "TypeError: slice indices must be integers or None or have an __index__ method");
}

TEST_F(RtContainers, SliceHashEq) {
  // python3.12: (hash(slice(1)), slice(1,2)==slice(1,2))
  EXPECT_EQ(R(T({H(molt_slice_new(MOLT_NONE, I(1), MOLT_NONE)),
                 molt_richcompare(molt_slice_new(I(1), I(2), MOLT_NONE),
                                  molt_slice_new(I(1), I(2), MOLT_NONE), MOLT_EQ)})),
            "(-344020932372729183, True)");
}

TEST_F(RtContainers, Enumerate) {
  // python3.12: list(enumerate('ab', start=5))
  EXPECT_EQ(R(C(&molt_type_list, {CK(&molt_type_enumerate, {S("ab")}, {{"start", I(5)}})})),
            "[(5, 'a'), (6, 'b')]");
}

TEST_F(RtContainers, EnumerateBigStart) {
  // python3.12: list(enumerate('ab', 10**20))
  EXPECT_EQ(
      R(C(&molt_type_list, {C(&molt_type_enumerate, {S("ab"), BIG("100000000000000000000")})})),
      "[(100000000000000000000, 'a'), (100000000000000000001, 'b')]");
}

TEST_F(RtContainers, EnumerateNoArgs) {
  // python3.12: enumerate()
  EXPECT_EQ(R(C(&molt_type_enumerate, {})),
            "TypeError: enumerate() missing required argument 'iterable'");
}

TEST_F(RtContainers, EnumerateBadStart) {
  // python3.12: enumerate([], 'a')
  EXPECT_EQ(R(C(&molt_type_enumerate, {L({}), S("a")})),
            "TypeError: 'str' object cannot be interpreted as an integer");
}

TEST_F(RtContainers, Zip) {
  // python3.12: list(zip('abc', [1,2]))
  EXPECT_EQ(R(C(&molt_type_list, {C(&molt_type_zip, {S("abc"), L({I(1), I(2)})})})),
            "[('a', 1), ('b', 2)]");
}

TEST_F(RtContainers, ZipStrictShort) {
  // python3.12: list(zip([1,2],[1],strict=True))
  EXPECT_EQ(R(C(&molt_type_list,
                {CK(&molt_type_zip, {L({I(1), I(2)}), L({I(1)})}, {{"strict", MOLT_TRUE}})})),
            "ValueError: zip() argument 2 is shorter than argument 1");
}

TEST_F(RtContainers, ZipStrictLong) {
  // python3.12: list(zip([1],[1],[3,4],strict=True))
  EXPECT_EQ(R(C(&molt_type_list, {CK(&molt_type_zip, {L({I(1)}), L({I(1)}), L({I(3), I(4)})},
                                     {{"strict", MOLT_TRUE}})})),
            "ValueError: zip() argument 3 is longer than arguments 1-2");
}

TEST_F(RtContainers, ZipStrictShort3) {
  // python3.12: list(zip([1,2],[1,2],[3],strict=True))
  EXPECT_EQ(R(C(&molt_type_list, {CK(&molt_type_zip, {L({I(1), I(2)}), L({I(1), I(2)}), L({I(3)})},
                                     {{"strict", MOLT_TRUE}})})),
            "ValueError: zip() argument 3 is shorter than arguments 1-2");
}

TEST_F(RtContainers, ZipBadKw) {
  // python3.12: zip([], foo=1)
  EXPECT_EQ(R(CK(&molt_type_zip, {L({})}, {{"foo", I(1)}})),
            "TypeError: 'foo' is an invalid keyword argument for zip()");
}

TEST_F(RtContainers, MapMulti) {
  // python3.12: list(map(pow, [1,2,3], [2,3]))
  EXPECT_EQ(R(C(&molt_type_list,
                {C(&molt_type_map, {B("pow"), L({I(1), I(2), I(3)}), L({I(2), I(3)})})})),
            "[1, 8]");
}

TEST_F(RtContainers, MapNoArgs) {
  // python3.12: map(len)
  EXPECT_EQ(R(C(&molt_type_map, {B("len")})), "TypeError: map() must have at least two arguments.");
}

TEST_F(RtContainers, FilterNone) {
  // python3.12: list(filter(None, [0,1,'','x',[],3]))
  EXPECT_EQ(R(C(&molt_type_list,
                {C(&molt_type_filter, {MOLT_NONE, L({I(0), I(1), S(""), S("x"), L({}), I(3)})})})),
            "[1, 'x', 3]");
}

TEST_F(RtContainers, FilterArgs) {
  // python3.12: filter(1)
  EXPECT_EQ(R(C(&molt_type_filter, {I(1)})), "TypeError: filter expected 2 arguments, got 1");
}

TEST_F(RtContainers, ReversedTuple) {
  // python3.12: list(reversed((1,2,3)))
  EXPECT_EQ(R(C(&molt_type_list, {C(&molt_type_reversed, {T({I(1), I(2), I(3)})})})), "[3, 2, 1]");
}

TEST_F(RtContainers, ReversedStr) {
  // python3.12: list(reversed('abc'))
  EXPECT_EQ(R(C(&molt_type_list, {C(&molt_type_reversed, {S("abc")})})), "['c', 'b', 'a']");
}

TEST_F(RtContainers, ReversedSet) {
  // python3.12: reversed({1})
  EXPECT_EQ(R(C(&molt_type_reversed, {SET({I(1)})})), "TypeError: 'set' object is not reversible");
}

TEST_F(RtContainers, ReversedInt) {
  // python3.12: reversed(1)
  EXPECT_EQ(R(C(&molt_type_reversed, {I(1)})), "TypeError: 'int' object is not reversible");
}

TEST_F(RtContainers, ReversedList) {
  // python3.12: list(reversed([1,2]))
  EXPECT_EQ(R(C(&molt_type_list, {C(&molt_type_reversed, {L({I(1), I(2)})})})), "[2, 1]");
}

TEST_F(RtContainers, SetOrderUnionBig) {
  // python3.12: list(set(range(0,300,7)) | set(range(5,40,3)))
  EXPECT_EQ(R(C(&molt_type_list,
                {molt_or(C(&molt_type_set, {C(&molt_type_range, {I(0), I(300), I(7)})}),
                         C(&molt_type_set, {C(&molt_type_range, {I(5), I(40), I(3)})}))})),
            "[0, 259, 133, 5, 7, 8, 266, 11, 140, 14, 273, 17, 147, 20, 21, 23, 280, 154, 26, 28, "
            "29, 287, 32, 161, 35, 294, 38, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 203, 77, "
            "210, 84, 217, 91, 224, 98, 231, 105, 238, 112, 245, 119, 252, 126]");
}

TEST_F(RtContainers, SetOrderUnionSmallBig) {
  // python3.12: list(set(range(5,40,3)) | set(range(0,300,7)))
  EXPECT_EQ(R(C(&molt_type_list,
                {molt_or(C(&molt_type_set, {C(&molt_type_range, {I(5), I(40), I(3)})}),
                         C(&molt_type_set, {C(&molt_type_range, {I(0), I(300), I(7)})}))})),
            "[0, 259, 5, 133, 7, 8, 266, 11, 140, 14, 17, 273, 147, 20, 21, 23, 280, 26, 154, 28, "
            "29, 287, 32, 161, 35, 38, 294, 168, 42, 175, 49, 182, 56, 189, 63, 196, 70, 203, 77, "
            "210, 84, 217, 91, 224, 98, 231, 105, 238, 112, 245, 119, 252, 126]");
}

TEST_F(RtContainers, SetOrderAnd) {
  // python3.12: list(set(range(0,500,3)) & set(range(0,500,5)))
  EXPECT_EQ(R(C(&molt_type_list,
                {molt_and(C(&molt_type_set, {C(&molt_type_range, {I(0), I(500), I(3)})}),
                          C(&molt_type_set, {C(&molt_type_range, {I(0), I(500), I(5)})}))})),
            "[0, 390, 135, 270, 15, 405, 150, 285, 30, 420, 165, 300, 45, 435, 180, 315, 60, 450, "
            "195, 330, 75, 465, 210, 345, 90, 480, 225, 360, 105, 495, 240, 375, 120, 255]");
}

TEST_F(RtContainers, SetOrderSubBig) {
  // python3.12: list(set(range(400)) - set(range(40)))
  EXPECT_EQ(
      R(C(&molt_type_list,
          {molt_sub(C(&molt_type_set, {C(&molt_type_range, {I(0), I(400), I(1)})}),
                    C(&molt_type_set, {C(&molt_type_range, {I(0), I(40), I(1)})}))})),
      "[40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, "
      "62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, "
      "85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, "
      "106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, "
      "124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, "
      "142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, "
      "160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, "
      "178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, "
      "196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, "
      "214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, "
      "232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, "
      "250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, "
      "268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, "
      "286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, "
      "304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, "
      "322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335, 336, 337, 338, 339, "
      "340, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, "
      "358, 359, 360, 361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, "
      "376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, "
      "394, 395, 396, 397, 398, 399]");
}

TEST_F(RtContainers, SetOrderSubSmall) {
  // python3.12: list(set(range(100)) - set(range(0,90,2)))
  EXPECT_EQ(R(C(&molt_type_list,
                {molt_sub(C(&molt_type_set, {C(&molt_type_range, {I(0), I(100), I(1)})}),
                          C(&molt_type_set, {C(&molt_type_range, {I(0), I(90), I(2)})}))})),
            "[1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, "
            "45, 47, 49, 51, 53, 55, 57, 59, 61, 63, 65, 67, 69, 71, 73, 75, 77, 79, 81, 83, 85, "
            "87, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]");
}

TEST_F(RtContainers, SetOrderXor) {
  // python3.12: list(set(range(0,100,3)) ^ set(range(50,200,4)))
  EXPECT_EQ(R(C(&molt_type_list,
                {molt_xor(C(&molt_type_set, {C(&molt_type_range, {I(0), I(100), I(3)})}),
                          C(&molt_type_set, {C(&molt_type_range, {I(50), I(200), I(4)})}))})),
            "[0, 130, 3, 134, 6, 9, 138, 12, 142, 15, 146, 18, 21, 150, 24, 154, 27, 158, 30, 33, "
            "162, 36, 166, 39, 170, 42, 45, 174, 48, 50, 178, 51, 182, 57, 58, 186, 60, 62, 190, "
            "63, 194, 69, 70, 198, 72, 74, 75, 81, 82, 84, 86, 87, 93, 94, 96, 98, 99, 102, 106, "
            "110, 114, 118, 122, 126]");
}

TEST_F(RtContainers, SetOrderFromDict) {
  // python3.12: list(set(dict(zip(range(100,0,-3), range(100)))))
  EXPECT_EQ(R(C(&molt_type_list,
                {C(&molt_type_set,
                   {C(&molt_type_dict,
                      {C(&molt_type_zip, {C(&molt_type_range, {I(100), I(0), I(-3)}),
                                          C(&molt_type_range, {I(0), I(100), I(1)})})})})})),
            "[1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49, 52, 55, 58, 61, 64, "
            "67, 70, 73, 76, 79, 82, 85, 88, 91, 94, 97, 100]");
}

TEST_F(RtContainers, SetOrderStrUnion) {
  // python3.12:
  // list({'pear','fig','kiwi'}.union(['apple','plum','lime','date','yuzu','nectarine']))
  EXPECT_EQ(
      R(C(&molt_type_list,
          {M(SET({S("pear"), S("fig"), S("kiwi")}), "union",
             {L({S("apple"), S("plum"), S("lime"), S("date"), S("yuzu"), S("nectarine")})})})),
      "['yuzu', 'apple', 'fig', 'nectarine', 'pear', 'date', 'lime', 'plum', 'kiwi']");
}

TEST_F(RtContainers, SetOrderDiffUpdate) {
  // python3.12: (lambda s: (s.difference_update(range(180)), s.update(range(1000,1010)),
  // list(s))[-1])(set(range(200)))
  EXPECT_EQ(R(([] {
              auto s = C(&molt_type_set, {C(&molt_type_range, {I(0), I(200), I(1)})});
              M(s, "difference_update", {C(&molt_type_range, {I(0), I(180), I(1)})});
              M(s, "update", {C(&molt_type_range, {I(1000), I(1010), I(1)})});
              return C(&molt_type_list, {s});
            })()),
            "[180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, "
            "197, 198, 199, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009]");
}

TEST_F(RtContainers, SetOrderSymUpdateList) {
  // python3.12: (lambda s: (s.symmetric_difference_update(list(range(25,80))),
  // list(s))[-1])(set(range(50)))
  EXPECT_EQ(R(([] {
              auto s = C(&molt_type_set, {C(&molt_type_range, {I(0), I(50), I(1)})});
              M(s, "symmetric_difference_update",
                {C(&molt_type_list, {C(&molt_type_range, {I(25), I(80), I(1)})})});
              return C(&molt_type_list, {s});
            })()),
            "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, "
            "23, 24, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, "
            "69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79]");
}

TEST_F(RtContainers, SetOrderIntersectionList) {
  // python3.12: list(set(range(100)).intersection(list(range(99,0,-7))))
  EXPECT_EQ(R(C(&molt_type_list,
                {M(C(&molt_type_set, {C(&molt_type_range, {I(0), I(100), I(1)})}), "intersection",
                   {C(&molt_type_list, {C(&molt_type_range, {I(99), I(0), I(-7)})})})})),
            "[64, 1, 99, 36, 71, 8, 43, 78, 15, 50, 85, 22, 57, 92, 29]");
}

TEST_F(RtContainers, SetOrderPopMany) {
  // python3.12: (lambda s: [s.pop() for _ in range(10)] + [(s.add(1000),
  // s.pop())[1]])(set(range(0,64,5)))
  EXPECT_EQ(R(([] {
              auto s = C(&molt_type_set, {C(&molt_type_range, {I(0), I(64), I(5)})});
              auto out = L({});
              for (int i = 0; i < 10; ++i)
                molt_list_append(out, M(s, "pop"));
              M(s, "add", {I(1000)});
              molt_list_append(out, M(s, "pop"));
              return out;
            })()),
            "[0, 35, 5, 40, 10, 45, 15, 50, 20, 55, 25]");
}

TEST_F(RtContainers, SetOrderNegatives) {
  // python3.12: list(set(range(-50,50,7)))
  EXPECT_EQ(
      R(C(&molt_type_list, {C(&molt_type_set, {C(&molt_type_range, {I(-50), I(50), I(7)})})})),
      "[34, -29, 6, 41, -22, 13, -50, 48, -15, 20, -43, -8, 27, -36, -1]");
}

TEST_F(RtContainers, FrozensetHashBig) {
  // python3.12: hash(frozenset(range(0,1000,3)))
  EXPECT_EQ(R(H(C(&molt_type_frozenset, {C(&molt_type_range, {I(0), I(1000), I(3)})}))),
            "5098820228547314190");
}

TEST_F(RtContainers, DictViewAndOrder) {
  // python3.12: list(dict(zip(range(60), range(60))).keys() & set(range(0,100,4)))
  EXPECT_EQ(R(C(&molt_type_list,
                {molt_and(M(C(&molt_type_dict,
                              {C(&molt_type_zip, {C(&molt_type_range, {I(0), I(60), I(1)}),
                                                  C(&molt_type_range, {I(0), I(60), I(1)})})}),
                            "keys"),
                          C(&molt_type_set, {C(&molt_type_range, {I(0), I(100), I(4)})}))})),
            "[0, 32, 4, 36, 8, 40, 12, 44, 16, 48, 20, 52, 24, 56, 28]");
}

TEST_F(RtContainers, DictViewAndOrder2) {
  // python3.12: list(dict(zip(range(60), range(60))).keys() & set(range(0,20,4)))
  EXPECT_EQ(R(C(&molt_type_list,
                {molt_and(M(C(&molt_type_dict,
                              {C(&molt_type_zip, {C(&molt_type_range, {I(0), I(60), I(1)}),
                                                  C(&molt_type_range, {I(0), I(60), I(1)})})}),
                            "keys"),
                          C(&molt_type_set, {C(&molt_type_range, {I(0), I(20), I(4)})}))})),
            "[0, 4, 8, 12, 16]");
}

TEST_F(RtContainers, DictViewOrOrder) {
  // python3.12: list(dict(zip(range(60,0,-1), range(60))).keys() | list(range(50,70,2)))
  EXPECT_EQ(R(C(&molt_type_list,
                {molt_or(M(C(&molt_type_dict,
                             {C(&molt_type_zip, {C(&molt_type_range, {I(60), I(0), I(-1)}),
                                                 C(&molt_type_range, {I(0), I(60), I(1)})})}),
                           "keys"),
                         C(&molt_type_list, {C(&molt_type_range, {I(50), I(70), I(2)})}))})),
            "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, "
            "24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, "
            "45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 62, 64, 66, 68]");
}

TEST_F(RtContainers, RangeBigSlices) {
  // python3.12: (range(10**20)[5:10], range(10**20)[-3:], range(10**20)[::10**19],
  // range(10**20)[::-1])
  EXPECT_EQ(R(T({molt_getitem(C(&molt_type_range, {BIG("100000000000000000000")}),
                              molt_slice_new(I(5), I(10), MOLT_NONE)),
                 molt_getitem(C(&molt_type_range, {BIG("100000000000000000000")}),
                              molt_slice_new(I(-3), MOLT_NONE, MOLT_NONE)),
                 molt_getitem(C(&molt_type_range, {BIG("100000000000000000000")}),
                              molt_slice_new(MOLT_NONE, MOLT_NONE, BIG("10000000000000000000"))),
                 molt_getitem(C(&molt_type_range, {BIG("100000000000000000000")}),
                              molt_slice_new(MOLT_NONE, MOLT_NONE, I(-1)))})),
            "(range(5, 10), range(99999999999999999997, 100000000000000000000), range(0, "
            "100000000000000000000, 10000000000000000000), range(99999999999999999999, -1, -1))");
}

TEST_F(RtContainers, RangeBigSliceStep) {
  // python3.12: range(0, 10**20, 3)[10**18:-5:7]
  EXPECT_EQ(R(molt_getitem(C(&molt_type_range, {I(0), BIG("100000000000000000000"), I(3)}),
                           molt_slice_new(BIG("1000000000000000000"), I(-5), I(7)))),
            "range(3000000000000000000, 99999999999999999987, 21)");
}

TEST_F(RtContainers, RangeBigSliceNeg) {
  // python3.12: range(10**20, 0, -1)[-10:-10**23:-4]
  EXPECT_EQ(R(molt_getitem(C(&molt_type_range, {BIG("100000000000000000000"), I(0), I(-1)}),
                           molt_slice_new(I(-10), BIG("-100000000000000000000000"), I(-4)))),
            "range(10, 100000000000000000001, 4)");
}

TEST_F(RtContainers, RangeBigSliceZero) {
  // python3.12: range(10**20)[::0]
  EXPECT_EQ(R(molt_getitem(C(&molt_type_range, {BIG("100000000000000000000")}),
                           molt_slice_new(MOLT_NONE, MOLT_NONE, I(0)))),
            "ValueError: slice step cannot be zero");
}

TEST_F(RtContainers, RangeBigSliceBad) {
  // python3.12: range(10**20)['a':]
  EXPECT_EQ(R(molt_getitem(C(&molt_type_range, {BIG("100000000000000000000")}),
                           molt_slice_new(S("a"), MOLT_NONE, MOLT_NONE))),
            "TypeError: slice indices must be integers or None or have an __index__ method");
}

TEST_F(RtContainers, StarListMsg) {
  // python3.12: [*1]
  EXPECT_EQ(R(([] {
              auto l = L({});
              if (molt_list_extend(l, I(1)) < 0) return MOLT_ERROR;
              return l;
            })()),
            "TypeError: Value after * must be an iterable, not int");
}

TEST_F(RtContainers, StarListOk) {
  // python3.12: (0, *'ab')
  EXPECT_EQ(R(([] {
              auto l = L({I(0)});
              if (molt_list_extend(l, S("ab")) < 0) return MOLT_ERROR;
              return molt_list_as_tuple(l);
            })()),
            "(0, 'a', 'b')");
}

TEST_F(RtContainers, ListExtendMsg) {
  // python3.12: [].extend(1)
  EXPECT_EQ(R(M(L({}), "extend", {I(1)})), "TypeError: 'int' object is not iterable");
}

TEST_F(RtContainers, StarSetMsg) {
  // python3.12: {*1}
  EXPECT_EQ(R(([] {
              auto s = SET({});
              if (molt_set_update(s, I(1)) < 0) return MOLT_ERROR;
              return s;
            })()),
            "TypeError: 'int' object is not iterable");
}

TEST_F(RtContainers, StarDictMsg) {
  // python3.12: {**1}
  EXPECT_EQ(R(([] {
              auto d = D({});
              if (molt_dict_update(d, I(1)) < 0) return MOLT_ERROR;
              return d;
            })()),
            "TypeError: 'int' object is not a mapping");
}

TEST_F(RtContainers, StarDictOk) {
  // python3.12: {'a': 1, **{'b': 2, 'a': 3}}
  EXPECT_EQ(R(([] {
              auto d = D({S("a"), I(1)});
              if (molt_dict_update(d, D({S("b"), I(2), S("a"), I(3)})) < 0) return MOLT_ERROR;
              return d;
            })()),
            "{'a': 3, 'b': 2}");
}

TEST_F(RtContainers, ConstSetDisplayOrder) {
  // python3.12: list({95, 166, 155, 145, -34})
  EXPECT_EQ(R(C(&molt_type_list,
                {molt_set_from_consts(
                    std::vector<MoltValue>{I(95), I(166), I(155), I(145), I(-34)}.data(), 5)})),
            "[145, 166, 155, -34, 95]");
}

TEST_F(RtContainers, ConstFrozensetIterOrder) {
  // python3.12: [x for x in {95, 166, 155, 145, -34}]
  EXPECT_EQ(R(C(&molt_type_list,
                {molt_frozenset_from_consts(
                    std::vector<MoltValue>{I(95), I(166), I(155), I(145), I(-34)}.data(), 5)})),
            "[166, 145, 155, -34, 95]");
}
