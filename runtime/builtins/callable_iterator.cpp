// The callable_iterator type: iter(callable, sentinel).
#include "builtins_internal.h"

using namespace molt::rt;

namespace {

struct CallableIter {
  MoltObject ob;
  MoltValue callable; // MOLT_NONE once exhausted
  MoltValue sentinel;
};

void ciDealloc(MoltObject *o) {
  auto *c = reinterpret_cast<CallableIter *>(o);
  molt_decref(c->callable);
  molt_decref(c->sentinel);
  freeObject(o);
}

void ciTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *c = reinterpret_cast<CallableIter *>(o);
  if (molt_is_ptr(c->callable)) visit(c->callable, arg);
  if (molt_is_ptr(c->sentinel)) visit(c->sentinel, arg);
}

MoltValue ciIter(MoltValue self) { return molt_newref(self); }

void exhaust(CallableIter *c) {
  MoltValue f = c->callable;
  c->callable = MOLT_NONE;
  molt_decref(f);
}

MoltValue ciNext(MoltValue self) {
  auto *c = as<CallableIter>(self);
  if (c->callable == MOLT_NONE) return MOLT_STOP;
  MoltValue r = molt_call(c->callable, nullptr, 0, MOLT_NONE);
  if (molt_is_error(r)) {
    if (errPendingMatches(&molt_type_StopIteration)) {
      errClear();
      exhaust(c);
      return MOLT_STOP;
    }
    return MOLT_ERROR;
  }
  int eq = equals(r, c->sentinel);
  if (eq < 0) {
    molt_decref(r);
    return MOLT_ERROR;
  }
  if (eq) {
    molt_decref(r);
    exhaust(c);
    return MOLT_STOP;
  }
  return r;
}

int ciHash(MoltValue self, int64_t *out) {
  uint64_t p = reinterpret_cast<uintptr_t>(molt_ptr(self));
  *out = static_cast<int64_t>((p >> 4) | (p << 60));
  return 0;
}

} // namespace

namespace molt::rt {
MoltType molt_type_callable_iterator = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "callable_iterator",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(CallableIter),
    .dealloc = ciDealloc,
    .traverse = ciTraverse,
    .repr = nullptr,
    .str = nullptr,
    .hash = ciHash,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = ciIter,
    .iternext = ciNext,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
    .descr_get = nullptr,
    .descr_set = nullptr,
    .dictoffset = 0,
};

MoltValue callableIterNew(MoltValue callable, MoltValue sentinel) {
  MoltObject *o = allocObject(&molt_type_callable_iterator, sizeof(CallableIter));
  if (o == nullptr) return MOLT_ERROR;
  auto *c = reinterpret_cast<CallableIter *>(o);
  c->callable = molt_newref(callable);
  c->sentinel = molt_newref(sentinel);
  return molt_from_ptr(o);
}
} // namespace molt::rt
