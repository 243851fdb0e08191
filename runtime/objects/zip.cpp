// The zip type (with strict=True checks).
#include <cstdlib>

#include "container_util.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

struct ZipObj {
  MoltObject ob;
  int64_t n;
  bool strict;
  bool done;
  MoltValue its[]; // n iterators
};

void zipDealloc(MoltObject *o) {
  auto *z = reinterpret_cast<ZipObj *>(o);
  for (int64_t i = 0; i < z->n; ++i)
    molt_decref(z->its[i]);
  freeObject(o);
}

void zipTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *z = reinterpret_cast<ZipObj *>(o);
  for (int64_t i = 0; i < z->n; ++i)
    visit(z->its[i], arg);
}

MoltValue strictError(int64_t i, bool longer) {
  const char *what = longer ? "longer" : "shorter";
  if (i == 1)
    return molt_raise_fmt(&molt_type_ValueError, "zip() argument %lld is %s than argument 1",
                          (long long)(i + 1), what);
  return molt_raise_fmt(&molt_type_ValueError, "zip() argument %lld is %s than arguments 1-%lld",
                        (long long)(i + 1), what, (long long)i);
}

MoltValue zipNext(MoltValue self) {
  auto *z = as<ZipObj>(self);
  if (z->n == 0 || z->done) return MOLT_STOP;
  MoltValue r = tupleNew(z->n);
  if (molt_is_error(r)) return r;
  for (int64_t i = 0; i < z->n; ++i) {
    MoltValue item = molt_iter_next(z->its[i]);
    if (item == MOLT_STOP) {
      molt_decref(r);
      z->done = true;
      if (!z->strict) return MOLT_STOP;
      if (i > 0) return strictError(i, false);
      for (int64_t j = 1; j < z->n; ++j) {
        MoltValue extra = molt_iter_next(z->its[j]);
        if (molt_is_error(extra)) return extra;
        if (extra != MOLT_STOP) {
          molt_decref(extra);
          return strictError(j, true);
        }
      }
      return MOLT_STOP;
    }
    if (molt_is_error(item)) {
      molt_decref(r);
      return item;
    }
    tupleItems(r)[i] = item;
  }
  return r;
}

MoltValue zipNewFn(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  bool strict = false;
  int64_t nkw = cu::kwCount(kwnames);
  if (nkw > 1)
    return molt_raise_fmt(&molt_type_TypeError,
                          "zip() takes at most 1 keyword argument (%lld given)", (long long)nkw);
  if (nkw == 1) {
    std::string_view name = strView(cu::kwName(kwnames, 0));
    if (name != "strict")
      return molt_raise_fmt(&molt_type_TypeError, "'%.*s' is an invalid keyword argument for zip()",
                            int(name.size()), name.data());
    int t = molt_truthy(args[nargs]);
    if (t < 0) return MOLT_ERROR;
    strict = t != 0;
  }
  auto *z =
      reinterpret_cast<ZipObj *>(allocObject(type, sizeof(ZipObj) + nargs * sizeof(MoltValue)));
  if (!z) return MOLT_ERROR;
  z->n = 0;
  z->strict = strict;
  z->done = false;
  MoltValue self = molt_from_ptr(z);
  for (size_t i = 0; i < nargs; ++i) {
    MoltValue it = molt_iter(args[i]);
    if (molt_is_error(it)) {
      molt_decref(self);
      return it;
    }
    z->its[z->n++] = it;
  }
  return self;
}

} // namespace

// The behaviour of zip is filled by molt_use_zip, which the generated main
// calls when the program names zip (its only way to make one; Features.cpp).
MoltType molt_type_zip = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "zip",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(ZipObj),
    .dealloc = zipDealloc,
    .traverse = zipTraverse,
    .iter = nullptr,
    .iternext = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

extern "C" void molt_use_zip(void) {
  molt_type_zip.iter = cu::iterSelf;
  molt_type_zip.iternext = zipNext;
  molt_type_zip.new_ = zipNewFn;
}
