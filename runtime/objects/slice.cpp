// The slice type and the slice index computation used by every sequence.
#include <string>

#include "container_util.h"
#include "molt/hash.h"
#include "molt/sliceobject.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

const char kSliceIndexMsg[] = "slice indices must be integers or None or have an __index__ method";

MoltSlice *sl(MoltValue v) { return as<MoltSlice>(v); }

void sliceDealloc(MoltObject *o) {
  auto *s = reinterpret_cast<MoltSlice *>(o);
  molt_decref(s->start);
  molt_decref(s->stop);
  molt_decref(s->step);
  freeObject(o);
}

void sliceTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *s = reinterpret_cast<MoltSlice *>(o);
  for (MoltValue v : {s->start, s->stop, s->step})
    if (molt_is_ptr(v)) visit(v, arg);
}

MoltValue sliceRepr(MoltValue self) {
  MoltSlice *s = sl(self);
  std::string out = "slice(";
  if (cu::appendRepr(out, s->start) < 0) return MOLT_ERROR;
  out += ", ";
  if (cu::appendRepr(out, s->stop) < 0) return MOLT_ERROR;
  out += ", ";
  if (cu::appendRepr(out, s->step) < 0) return MOLT_ERROR;
  out += ")";
  return cu::finishStr(out);
}

MoltValue sliceAsTuple(MoltValue self) {
  MoltSlice *s = sl(self);
  MoltValue items[3] = {s->start, s->stop, s->step};
  return molt_tuple_new(items, 3);
}

// hash(slice): the tuple hash's xxHash-style lanes over (start, stop, step),
// without the final length term (CPython 3.12's slice hash).
int sliceHash(MoltValue self, int64_t *out) {
  MoltSlice *s = sl(self);
  uint64_t acc = TupleHasher::kPrime5;
  for (MoltValue v : {s->start, s->stop, s->step}) {
    int64_t ih;
    if (hashValue(v, &ih) < 0) return -1;
    acc += uint64_t(ih) * TupleHasher::kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= TupleHasher::kPrime1;
  }
  *out = acc == ~uint64_t(0) ? 1546275796 : int64_t(acc);
  return 0;
}

MoltValue sliceRichCompare(MoltValue a, MoltValue b, int op) {
  if (!isSlice(a) || !isSlice(b)) return molt_not_implemented();
  MoltValue ta = sliceAsTuple(a);
  if (molt_is_error(ta)) return ta;
  MoltValue tb = sliceAsTuple(b);
  if (molt_is_error(tb)) {
    molt_decref(ta);
    return tb;
  }
  MoltValue r = molt_richcompare(ta, tb, op);
  molt_decref(ta);
  molt_decref(tb);
  return r;
}

MoltValue sliceGetStart(MoltValue self) { return molt_newref(sl(self)->start); }
MoltValue sliceGetStop(MoltValue self) { return molt_newref(sl(self)->stop); }
MoltValue sliceGetStep(MoltValue self) { return molt_newref(sl(self)->step); }

// slice.indices(length)
MoltValue slice_indices(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("slice.indices", kwnames) < 0 ||
      cu::exactlyOne("slice.indices", int64_t(nargs) - 1) < 0)
    return MOLT_ERROR;
  int64_t len;
  if (indexAsI64(args[1], &len) < 0) return MOLT_ERROR;
  if (len < 0) return molt_raise_fmt(&molt_type_ValueError, "length should not be negative");
  int64_t start, stop, step;
  if (sliceUnpack(args[0], &start, &stop, &step) < 0) return MOLT_ERROR;
  sliceAdjust(len, &start, &stop, step);
  MoltValue items[3] = {molt_int_from_i64(start), molt_int_from_i64(stop), molt_int_from_i64(step)};
  MoltValue r = molt_tuple_new(items, 3);
  for (MoltValue v : items)
    molt_decref(v);
  return r;
}

MoltValue slice_reduce(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (cu::noArgs("__reduce__", int64_t(nargs) - 1) < 0) return MOLT_ERROR;
  MoltValue t = sliceAsTuple(args[0]);
  if (molt_is_error(t)) return t;
  MoltValue r = tuplePair(molt_from_ptr(&molt_type_slice), t);
  molt_decref(t);
  return r;
}

MoltValue sliceNewFn(MoltType *, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("slice", kwnames) < 0 || cu::checkArgRange("slice", int64_t(nargs), 1, 3) < 0)
    return MOLT_ERROR;
  if (nargs == 1) return molt_slice_new(MOLT_NONE, args[0], MOLT_NONE);
  return molt_slice_new(args[0], args[1], nargs == 3 ? args[2] : MOLT_NONE);
}

// Methods with a null function are optional: the generated main installs
// those the program can reach (molt/optional_methods.def).
MethodDef kSliceMethods[] = {
    {"indices", nullptr, 0},
    {"__reduce__", slice_reduce, 0},
    {nullptr, nullptr, 0},
};
extern "C" void molt_use_slice_indices(void) {
  installMethod(kSliceMethods, "indices", slice_indices);
}
const GetSetDef kSliceGetSets[] = {
    {"start", sliceGetStart, nullptr},
    {"stop", sliceGetStop, nullptr},
    {"step", sliceGetStep, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

MoltType molt_type_slice = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "slice",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltSlice),
    .dealloc = sliceDealloc,
    .traverse = sliceTraverse,
    .repr = sliceRepr,
    .str = nullptr,
    .hash = sliceHash,
    .richcompare = sliceRichCompare,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = kSliceMethods,
    .getsets = kSliceGetSets,
    .new_ = sliceNewFn,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

extern "C" MoltValue molt_slice_new(MoltValue start, MoltValue stop, MoltValue step) {
  auto *s = reinterpret_cast<MoltSlice *>(allocObject(&molt_type_slice, sizeof(MoltSlice)));
  if (!s) return MOLT_ERROR;
  s->start = molt_newref(start);
  s->stop = molt_newref(stop);
  s->step = molt_newref(step);
  return molt_from_ptr(s);
}

namespace molt::rt {

bool isSlice(MoltValue v) { return isExact(v, &molt_type_slice); }

int sliceUnpack(MoltValue slice, int64_t *start, int64_t *stop, int64_t *step) {
  MoltSlice *s = sl(slice);
  if (s->step == MOLT_NONE) {
    *step = 1;
  } else {
    if (cu::clampedIndex(s->step, kSliceIndexMsg, step) < 0) return -1;
    if (*step == 0) {
      molt_raise_fmt(&molt_type_ValueError, "slice step cannot be zero");
      return -1;
    }
    if (*step < -INT64_MAX) *step = -INT64_MAX;
  }
  if (s->start == MOLT_NONE) {
    *start = *step < 0 ? INT64_MAX : 0;
  } else if (cu::clampedIndex(s->start, kSliceIndexMsg, start) < 0) {
    return -1;
  }
  if (s->stop == MOLT_NONE) {
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
  } else if (cu::clampedIndex(s->stop, kSliceIndexMsg, stop) < 0) {
    return -1;
  }
  return 0;
}

int64_t sliceAdjust(int64_t len, int64_t *start, int64_t *stop, int64_t step) {
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= len) {
    *start = step < 0 ? len - 1 : len;
  }
  if (*stop < 0) {
    *stop += len;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= len) {
    *stop = step < 0 ? len - 1 : len;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

int sliceIndices(MoltValue slice, int64_t len, int64_t *start, int64_t *stop, int64_t *step,
                 int64_t *slicelen) {
  if (sliceUnpack(slice, start, stop, step) < 0) return -1;
  *slicelen = sliceAdjust(len, start, stop, *step);
  return 0;
}

} // namespace molt::rt
