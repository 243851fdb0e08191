// The map type (any number of iterables).
#include <cstdlib>

#include "container_util.h"

using namespace molt::rt;

namespace {

struct MapObj {
  MoltObject ob;
  MoltValue func;
  int64_t n;
  MoltValue its[]; // n iterators
};

void mapDealloc(MoltObject *o) {
  auto *m = reinterpret_cast<MapObj *>(o);
  molt_decref(m->func);
  for (int64_t i = 0; i < m->n; ++i)
    molt_decref(m->its[i]);
  freeObject(o);
}

void mapTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *m = reinterpret_cast<MapObj *>(o);
  if (molt_is_ptr(m->func)) visit(m->func, arg);
  for (int64_t i = 0; i < m->n; ++i)
    visit(m->its[i], arg);
}

MoltValue mapNext(MoltValue self) {
  auto *m = as<MapObj>(self);
  MoltValue small[8];
  MoltValue *items = small;
  if (m->n > 8) {
    items = static_cast<MoltValue *>(std::malloc(size_t(m->n) * sizeof(MoltValue)));
    if (!items) return molt_raise_fmt(&molt_type_MemoryError, "");
  }
  int64_t got = 0;
  MoltValue r = MOLT_STOP;
  for (; got < m->n; ++got) {
    MoltValue item = molt_iter_next(m->its[got]);
    if (item == MOLT_STOP || molt_is_error(item)) {
      r = item;
      break;
    }
    items[got] = item;
  }
  if (got == m->n) r = molt_call(m->func, items, size_t(m->n), MOLT_NONE);
  for (int64_t i = 0; i < got; ++i)
    molt_decref(items[i]);
  if (items != small) std::free(items);
  return r;
}

MoltValue mapNewFn(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (cu::noKwargs("map", kwnames) < 0) return MOLT_ERROR;
  if (nargs < 2)
    return molt_raise_fmt(&molt_type_TypeError, "map() must have at least two arguments.");
  size_t n = nargs - 1;
  auto *m = reinterpret_cast<MapObj *>(allocObject(type, sizeof(MapObj) + n * sizeof(MoltValue)));
  if (!m) return MOLT_ERROR;
  m->func = molt_newref(args[0]);
  m->n = 0;
  MoltValue self = molt_from_ptr(m);
  for (size_t i = 1; i < nargs; ++i) {
    MoltValue it = molt_iter(args[i]);
    if (molt_is_error(it)) {
      molt_decref(self);
      return it;
    }
    m->its[m->n++] = it;
  }
  return self;
}

} // namespace

// The behaviour of map is filled by molt_use_map, which the generated main
// calls when the program names map (its only way to make one; Features.cpp).
MoltType molt_type_map = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "map",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(MapObj),
    .dealloc = mapDealloc,
    .traverse = mapTraverse,
    .iter = nullptr,
    .iternext = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

extern "C" void molt_use_map(void) {
  molt_type_map.iter = cu::iterSelf;
  molt_type_map.iternext = mapNext;
  molt_type_map.new_ = mapNewFn;
}
