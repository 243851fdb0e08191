// coroutine_wrapper: the iterator coroutine.__await__() returns (used when a
// coroutine is driven through the iterator protocol, e.g. by a `yield from`
// in a plain generator or a hand-written __await__). Compiled `await` never
// makes one: it delegates to the coroutine directly.
#include "../core/core_internal.h"
#include "container_util.h"
#include "gen_internal.h"

using namespace molt::rt;

namespace {

struct MoltCoroWrapper {
  MoltObject ob;
  MoltValue coro;
};

MoltGenerator *coroOf(MoltValue self) { return as<MoltGenerator>(as<MoltCoroWrapper>(self)->coro); }

MoltValue cwNext(MoltValue self) {
  MoltValue ret = MOLT_NONE;
  MoltValue r = genResume(coroOf(self), MOLT_NONE, &ret);
  if (r != MOLT_STOP) return r;
  if (ret == MOLT_NONE) return MOLT_STOP;
  return raiseStop(ret);
}

MoltValue mNext(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "expected 0 arguments, got %d",
                          static_cast<int>(nargs) - 1);
  MoltValue ret = MOLT_NONE;
  MoltValue r = genResume(coroOf(args[0]), MOLT_NONE, &ret);
  if (r == MOLT_STOP) return raiseStop(ret);
  return r;
}

MoltValue mSend(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError,
                          "coroutine_wrapper.send() takes exactly one argument (%d given)",
                          static_cast<int>(nargs) - 1);
  return genSendValue(coroOf(args[0]), args[1]);
}

MoltValue mThrow(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltValue exc = makeThrown("coroutine_wrapper", args, nargs, kwnames);
  if (molt_is_error(exc)) return MOLT_ERROR;
  MoltValue ret = MOLT_NONE;
  MoltValue r = genThrowExc(coroOf(args[0]), exc, &ret);
  if (r == MOLT_STOP) return raiseStop(ret);
  return r;
}

MoltValue mClose(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "close() takes no arguments (%d given)",
                          static_cast<int>(nargs) - 1);
  return genClose(coroOf(args[0]));
}

void cwDealloc(MoltObject *o) {
  molt_decref(reinterpret_cast<MoltCoroWrapper *>(o)->coro);
  freeObject(o);
}

void cwTraverse(MoltObject *o, visitfunc visit, void *arg) {
  visit(reinterpret_cast<MoltCoroWrapper *>(o)->coro, arg);
}

const MethodDef kMethods[] = {
    {"send", mSend, 0},     {"throw", mThrow, 0},  {"close", mClose, 0},
    {"__next__", mNext, 0}, {nullptr, nullptr, 0},
};

} // namespace

namespace molt::rt {

MoltValue coroWrapperNew(MoltValue coro) {
  MoltObject *o = allocObject(&molt_type_coroutine_wrapper, sizeof(MoltCoroWrapper));
  if (!o) return MOLT_ERROR;
  reinterpret_cast<MoltCoroWrapper *>(o)->coro = molt_newref(coro);
  return molt_from_ptr(o);
}

// Filled by molt_use_coroutine_wrapper (called by molt_use_async, coroutine.cpp) for programs
// with async code (compiler/codegen/Features.cpp).
MoltType molt_type_coroutine_wrapper = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "coroutine_wrapper",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltCoroWrapper),
    .dealloc = cwDealloc,
    .traverse = cwTraverse,
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

extern "C" void molt_use_coroutine_wrapper(void) {
  using namespace molt::rt;
  molt_type_coroutine_wrapper.iter = cu::iterSelf;
  molt_type_coroutine_wrapper.iternext = cwNext;
  molt_type_coroutine_wrapper.methods = kMethods;
}
