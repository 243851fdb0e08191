// The filter type (None as predicate keeps truthy items).
#include "container_util.h"

using namespace molt::rt;

namespace {

struct FilterObj {
  MoltObject ob;
  MoltValue func;
  MoltValue it;
};

void filterDealloc(MoltObject *o) {
  auto *f = reinterpret_cast<FilterObj *>(o);
  molt_decref(f->func);
  molt_decref(f->it);
  freeObject(o);
}

void filterTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *f = reinterpret_cast<FilterObj *>(o);
  if (molt_is_ptr(f->func)) visit(f->func, arg);
  visit(f->it, arg);
}

MoltValue filterNext(MoltValue self) {
  auto *f = as<FilterObj>(self);
  bool identity = f->func == MOLT_NONE || f->func == molt_from_ptr(&molt_type_bool);
  for (;;) {
    MoltValue item = molt_iter_next(f->it);
    if (item == MOLT_STOP || molt_is_error(item)) return item;
    int ok;
    if (identity) {
      ok = molt_truthy(item);
    } else {
      MoltValue r = molt_call(f->func, &item, 1, MOLT_NONE);
      if (molt_is_error(r)) {
        molt_decref(item);
        return r;
      }
      ok = molt_truthy(r);
      molt_decref(r);
    }
    if (ok > 0) return item;
    molt_decref(item);
    if (ok < 0) return MOLT_ERROR;
  }
}

MoltValue filterNewFn(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("filter", kwnames) < 0 || cu::checkArgRange("filter", int64_t(nargs), 2, 2) < 0)
    return MOLT_ERROR;
  MoltValue it = molt_iter(args[1]);
  if (molt_is_error(it)) return it;
  auto *f = reinterpret_cast<FilterObj *>(allocObject(type, sizeof(FilterObj)));
  if (!f) {
    molt_decref(it);
    return MOLT_ERROR;
  }
  f->func = molt_newref(args[0]);
  f->it = it;
  return molt_from_ptr(f);
}

} // namespace

// The behaviour of filter is filled by molt_use_filter, which the generated main
// calls when the program names filter (its only way to make one; Features.cpp).
MoltType molt_type_filter = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "filter",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(FilterObj),
    .dealloc = filterDealloc,
    .traverse = filterTraverse,
    .iter = nullptr,
    .iternext = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

extern "C" void molt_use_filter(void) {
  molt_type_filter.iter = cu::iterSelf;
  molt_type_filter.iternext = filterNext;
  molt_type_filter.new_ = filterNewFn;
}
