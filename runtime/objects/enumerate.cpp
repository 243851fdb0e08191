// The enumerate type.
#include "container_util.h"
#include "molt/tupleobject.h"

using namespace molt::rt;

namespace {

struct EnumerateObj {
  MoltObject ob;
  MoltValue it;  // the underlying iterator
  int64_t index; // next index while `big` is MOLT_NONE
  MoltValue big; // next index as an int once it leaves the int64 fast range
};

void enumDealloc(MoltObject *o) {
  auto *e = reinterpret_cast<EnumerateObj *>(o);
  molt_decref(e->it);
  molt_decref(e->big);
  freeObject(o);
}

void enumTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *e = reinterpret_cast<EnumerateObj *>(o);
  visit(e->it, arg);
  if (molt_is_ptr(e->big)) visit(e->big, arg);
}

MoltValue enumNext(MoltValue self) {
  auto *e = as<EnumerateObj>(self);
  MoltValue item = molt_iter_next(e->it);
  if (item == MOLT_STOP || molt_is_error(item)) return item;
  MoltValue idx;
  if (e->big == MOLT_NONE) {
    idx = molt_int_from_i64(e->index);
    if (e->index == INT64_MAX) {
      e->big = molt_add(idx, molt_small_int(1));
      if (molt_is_error(e->big)) {
        e->big = MOLT_NONE;
        molt_decref(idx);
        molt_decref(item);
        return MOLT_ERROR;
      }
    } else {
      ++e->index;
    }
  } else {
    idx = e->big;
    e->big = molt_add(idx, molt_small_int(1));
    if (molt_is_error(e->big)) {
      e->big = idx;
      molt_decref(item);
      return MOLT_ERROR;
    }
  }
  if (molt_is_error(idx)) {
    molt_decref(item);
    return idx;
  }
  MoltValue r = tupleNew(2);
  if (molt_is_error(r)) {
    molt_decref(idx);
    molt_decref(item);
    return r;
  }
  tupleItems(r)[0] = idx;
  tupleItems(r)[1] = item;
  return r;
}

MoltValue enumNewFn(MoltType *type, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltValue iterable = nargs > 0 ? args[0] : MOLT_UNBOUND;
  MoltValue start = nargs > 1 ? args[1] : MOLT_UNBOUND;
  int64_t nkw = cu::kwCount(kwnames);
  if (int64_t(nargs) + nkw > 2)
    return molt_raise_fmt(&molt_type_TypeError,
                          "enumerate() takes at most 2 arguments (%lld given)",
                          (long long)(int64_t(nargs) + nkw));
  for (int64_t i = 0; i < nkw; ++i) {
    std::string_view name = strView(cu::kwName(kwnames, i));
    MoltValue v = args[nargs + size_t(i)];
    if (name == "iterable" && iterable == MOLT_UNBOUND) {
      iterable = v;
    } else if (name == "start" && start == MOLT_UNBOUND && iterable != MOLT_UNBOUND) {
      start = v;
    } else {
      return molt_raise_fmt(&molt_type_TypeError,
                            "'%.*s' is an invalid keyword argument for enumerate()",
                            int(name.size()), name.data());
    }
  }
  if (iterable == MOLT_UNBOUND)
    return molt_raise_fmt(&molt_type_TypeError, "enumerate() missing required argument 'iterable'");
  int64_t index = 0;
  MoltValue big = MOLT_NONE;
  if (start != MOLT_UNBOUND) {
    MoltType *st = molt_type_of(start);
    if (!cu::isInt(start) && !(st->number && st->number->index))
      return molt_raise_fmt(&molt_type_TypeError, "'%s' object cannot be interpreted as an integer",
                            typeName(start));
    if (indexAsI64(start, &index) < 0) {
      if (!cu::clearOverflow()) return MOLT_ERROR;
      big = molt_is_ptr(start) && isExact(start, &molt_type_int) ? molt_newref(start)
                                                                 : molt_pos(start);
      if (molt_is_error(big)) return big;
    }
  }
  MoltValue it = molt_iter(iterable);
  if (molt_is_error(it)) {
    molt_decref(big);
    return it;
  }
  auto *e = reinterpret_cast<EnumerateObj *>(
      allocObject(type, type->basicsize ? type->basicsize : sizeof(EnumerateObj)));
  if (!e) {
    molt_decref(it);
    molt_decref(big);
    return MOLT_ERROR;
  }
  e->it = it;
  e->index = index;
  e->big = big;
  return molt_from_ptr(e);
}

} // namespace

// The behaviour of enumerate is filled by molt_use_enumerate, which the generated main
// calls when the program names enumerate (its only way to make one; Features.cpp).
MoltType molt_type_enumerate = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "enumerate",
    .base = &molt_type_object,
    .flags = kTypeBaseType | kTypeImmutable,
    .basicsize = sizeof(EnumerateObj),
    .dealloc = enumDealloc,
    .traverse = enumTraverse,
    .iter = nullptr,
    .iternext = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
};

extern "C" void molt_use_enumerate(void) {
  molt_type_enumerate.iter = cu::iterSelf;
  molt_type_enumerate.iternext = enumNext;
  molt_type_enumerate.new_ = enumNewFn;
}
