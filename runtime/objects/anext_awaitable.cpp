// anext_awaitable: what anext(it, default) returns. It awaits
// it.__anext__()'s awaitable and turns its StopAsyncIteration into
// StopIteration(default), i.e. the await evaluates to the default.
#include "../builtins/builtins_internal.h"
#include "../core/core_internal.h"
#include "container_util.h"
#include "gen_internal.h"

using namespace molt::rt;

namespace {

struct MoltAnextAwaitable {
  MoltObject ob;
  MoltValue wrapped; // the __anext__() result
  MoltValue dflt;
  MoltValue it; // its await iterator, MOLT_UNBOUND until the first step
};

MoltAnextAwaitable *aaOf(MoltValue v) { return as<MoltAnextAwaitable>(v); }

bool isCoro(MoltValue v) { return molt_is_ptr(v) && molt_ptr(v)->type == &molt_type_coroutine; }

int ensureIter(MoltAnextAwaitable *a) {
  if (a->it != MOLT_UNBOUND) return 0;
  MoltValue it = molt_get_awaitable(a->wrapped, 3);
  if (molt_is_error(it)) return -1;
  a->it = it;
  return 0;
}

// The default replaces the end of the async iteration.
MoltValue finish(MoltAnextAwaitable *a, MoltValue r) {
  if (r == MOLT_ERROR && errPendingMatches(&molt_type_StopAsyncIteration)) {
    errClear();
    return raiseStop(molt_newref(a->dflt));
  }
  return r;
}

// One step: send v (borrowed) or, with exc set (stolen), throw it.
MoltValue step(MoltAnextAwaitable *a, MoltValue v, MoltValue exc) {
  if (ensureIter(a) < 0) {
    molt_xdecref(exc);
    return finish(a, MOLT_ERROR);
  }
  MoltValue r;
  if (isCoro(a->it)) {
    auto *g = as<MoltGenerator>(a->it);
    if (exc != MOLT_UNBOUND) {
      MoltValue ret = MOLT_NONE;
      r = genThrowExc(g, exc, &ret);
      if (r == MOLT_STOP) r = raiseStop(ret);
    } else {
      r = genSendValue(g, v);
    }
  } else if (exc != MOLT_UNBOUND) {
    MoltValue args[2] = {a->it, exc};
    r = molt_call_method(cstr("throw"), args, 2, MOLT_NONE);
    molt_decref(exc);
  } else if (v == MOLT_NONE) {
    r = molt_iter_next(a->it);
    if (r == MOLT_STOP) r = raiseEmpty(&molt_type_StopIteration);
  } else {
    MoltValue args[2] = {a->it, v};
    r = molt_call_method(cstr("send"), args, 2, MOLT_NONE);
  }
  return finish(a, r);
}

MoltValue aaNext(MoltValue self) { return step(aaOf(self), MOLT_NONE, MOLT_UNBOUND); }

MoltValue mNext(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return step(aaOf(args[0]), MOLT_NONE, MOLT_UNBOUND);
}

MoltValue mSend(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "send() takes exactly one argument (%d given)",
                          static_cast<int>(nargs) - 1);
  return step(aaOf(args[0]), args[1], MOLT_UNBOUND);
}

MoltValue mThrow(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltValue exc = makeThrown("anext_awaitable", args, nargs, kwnames);
  if (molt_is_error(exc)) return MOLT_ERROR;
  return step(aaOf(args[0]), MOLT_NONE, exc);
}

MoltValue mClose(MoltValue, const MoltValue *args, size_t, MoltValue) {
  MoltAnextAwaitable *a = aaOf(args[0]);
  if (a->it == MOLT_UNBOUND) return MOLT_NONE;
  if (isCoro(a->it)) return genClose(as<MoltGenerator>(a->it));
  MoltValue m = molt_getattr(a->it, cstr("close"));
  if (molt_is_error(m)) {
    if (!errPendingMatches(&molt_type_AttributeError)) return MOLT_ERROR;
    errClear();
    return MOLT_NONE;
  }
  MoltValue r = molt_call(m, nullptr, 0, MOLT_NONE);
  molt_decref(m);
  return r;
}

MoltValue mAwait(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return molt_newref(args[0]);
}

void aaDealloc(MoltObject *o) {
  auto *a = reinterpret_cast<MoltAnextAwaitable *>(o);
  molt_decref(a->wrapped);
  molt_decref(a->dflt);
  if (a->it != MOLT_UNBOUND) molt_decref(a->it);
  freeObject(o);
}

void aaTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *a = reinterpret_cast<MoltAnextAwaitable *>(o);
  visit(a->wrapped, arg);
  visit(a->dflt, arg);
  if (a->it != MOLT_UNBOUND) visit(a->it, arg);
}

const MethodDef kMethods[] = {
    {"send", mSend, 0},     {"throw", mThrow, 0},     {"close", mClose, 0},
    {"__next__", mNext, 0}, {"__await__", mAwait, 0}, {nullptr, nullptr, 0},
};

} // namespace

namespace molt::rt {

MoltValue anextAwaitableNew(MoltValue awaitable, MoltValue dflt) {
  MoltObject *o = allocObject(&molt_type_anext_awaitable, sizeof(MoltAnextAwaitable));
  if (!o) return MOLT_ERROR;
  auto *a = reinterpret_cast<MoltAnextAwaitable *>(o);
  a->wrapped = molt_newref(awaitable);
  a->dflt = molt_newref(dflt);
  a->it = MOLT_UNBOUND;
  return molt_from_ptr(o);
}

// Filled by molt_use_anext_awaitable (called by molt_use_async, coroutine.cpp) for programs
// with async code (compiler/codegen/Features.cpp).
MoltType molt_type_anext_awaitable = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "anext_awaitable",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltAnextAwaitable),
    .dealloc = aaDealloc,
    .traverse = aaTraverse,
    .repr = nullptr,
    .str = nullptr,
    .hash = nullptr,
    .richcompare = nullptr,
    .getattr = nullptr,
    .setattr = nullptr,
    .call = nullptr,
    .iter = nullptr,
    .iternext = nullptr,
    .number = nullptr,
    .container = nullptr,
    .methods = nullptr,
    .getsets = nullptr,
    .new_ = nullptr,
    .dict = MOLT_NONE,
    .mro = MOLT_NONE,
    .doc = nullptr,
};

} // namespace molt::rt

extern "C" void molt_use_anext_awaitable(void) {
  using namespace molt::rt;
  molt_type_anext_awaitable.iter = cu::iterSelf;
  molt_type_anext_awaitable.iternext = aaNext;
  molt_type_anext_awaitable.methods = kMethods;
}
