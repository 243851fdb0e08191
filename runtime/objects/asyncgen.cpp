// The async_generator type: what calling an `async def` containing `yield`
// returns. The frame is a generator state machine; its `yield`s and the
// yields of the awaits inside it both suspend the frame, told apart by the
// frame's delegate (yf is set exactly while an await is suspended). asend(),
// athrow() and aclose() return awaitables (asyncgen_asend.cpp,
// asyncgen_athrow.cpp) that drive the frame.
#include "../builtins/builtins_internal.h"
#include "../core/core_internal.h"
#include "gen_internal.h"

using namespace molt::rt;

namespace {

MoltGenerator *agOf(MoltValue v) { return as<MoltGenerator>(v); }

MoltValue mAiter(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "expected 0 arguments, got %d",
                          static_cast<int>(nargs) - 1);
  return molt_newref(args[0]);
}

MoltValue mAnext(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "expected 0 arguments, got %d",
                          static_cast<int>(nargs) - 1);
  return agAsendNew(args[0], MOLT_NONE);
}

MoltValue mAsend(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError,
                          "async_generator.asend() takes exactly one argument (%d given)",
                          static_cast<int>(nargs) - 1);
  return agAsendNew(args[0], args[1]);
}

MoltValue mAthrow(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  if (kwnames != MOLT_NONE && tupleSize(kwnames) > 0)
    return molt_raise_fmt(&molt_type_TypeError,
                          "async_generator.athrow() takes no keyword arguments");
  if (nargs < 2)
    return molt_raise_fmt(&molt_type_TypeError, "athrow expected at least 1 argument, got 0");
  if (nargs > 4)
    return molt_raise_fmt(&molt_type_TypeError, "athrow expected at most 3 arguments, got %d",
                          static_cast<int>(nargs) - 1);
  return agAthrowNew(args[0], args, nargs, false);
}

MoltValue mAclose(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 1)
    return molt_raise_fmt(&molt_type_TypeError, "expected 0 arguments, got %d",
                          static_cast<int>(nargs) - 1);
  return agAthrowNew(args[0], args, 1, true);
}

MoltValue getAwait(MoltValue self) { return molt_newref(agOf(self)->yf); }

const MethodDef kMethods[] = {
    {"__aiter__", mAiter, 0}, {"__anext__", mAnext, 0}, {"asend", mAsend, 0},
    {"athrow", mAthrow, 0},   {"aclose", mAclose, 0},   {nullptr, nullptr, 0},
};

const GetSetDef kGetSets[] = {
    {"__name__", genGetName, genSetName},
    {"__qualname__", genGetQualname, genSetQualname},
    {"ag_running", genGetRunning, nullptr},
    {"ag_suspended", genGetSuspended, nullptr},
    {"ag_frame", genGetFrame, nullptr},
    {"ag_await", getAwait, nullptr},
    {nullptr, nullptr, nullptr},
};

} // namespace

namespace molt::rt {

MoltValue raiseEmpty(MoltType *t) {
  MoltValue e = excCreate(t, nullptr, 0);
  if (molt_is_error(e)) return MOLT_ERROR;
  return raiseInstance(e);
}

MoltValue agUnwrap(MoltGenerator *ag, MoltValue r, MoltValue ret, bool *passthrough) {
  *passthrough = false;
  if (r == MOLT_STOP) {
    molt_decref(ret);
    r = raiseEmpty(&molt_type_StopAsyncIteration);
  }
  if (r == MOLT_ERROR) {
    if (errPendingMatches(&molt_type_StopAsyncIteration) ||
        errPendingMatches(&molt_type_GeneratorExit))
      ag->flags |= MOLT_GENF_AG_CLOSED;
    ag->flags &= ~kAgRunningAsync;
    return MOLT_ERROR;
  }
  if (ag->yf != MOLT_NONE) {
    *passthrough = true;
    return r;
  }
  ag->flags &= ~kAgRunningAsync;
  return raiseStop(r);
}

} // namespace molt::rt

// Filled by molt_use_async_generator (called by molt_use_async, coroutine.cpp) for programs
// with async code (compiler/codegen/Features.cpp).
MoltType molt_type_async_generator = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "async_generator",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltGenerator),
    .dealloc = genDealloc,
    .traverse = genTraverse,
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

extern "C" void molt_use_async_generator(void) {
  using namespace molt::rt;
  molt_type_async_generator.repr = genRepr;
  molt_type_async_generator.methods = kMethods;
  molt_type_async_generator.getsets = kGetSets;
}
