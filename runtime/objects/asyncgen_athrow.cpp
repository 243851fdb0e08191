// async_generator_athrow: the awaitable of agen.athrow(...) and agen.aclose().
// athrow throws into the async generator and finishes at its next `yield`;
// aclose throws GeneratorExit and finishes when the generator exits (a
// `yield` then is "async generator ignored GeneratorExit").
#include "../builtins/builtins_internal.h"
#include "../core/core_internal.h"
#include "container_util.h"
#include "gen_internal.h"

using namespace molt::rt;

namespace {

enum { kInit = 0, kIter = 1, kClosed = 2 };

struct MoltAgAthrow {
  MoltObject ob;
  MoltValue gen;
  MoltValue args[4]; // receiver + throw() arguments; nargs 0 for aclose()
  int32_t nargs;
  int32_t state;
};

MoltAgAthrow *atOf(MoltValue v) { return as<MoltAgAthrow>(v); }

bool isClose(const MoltAgAthrow *o) { return o->nargs == 0; }

// After a step: the awaitable's result.
MoltValue finish(MoltAgAthrow *o, MoltValue r, MoltValue ret) {
  MoltGenerator *ag = as<MoltGenerator>(o->gen);
  if (!isClose(o)) {
    bool pass;
    MoltValue v = agUnwrap(ag, r, ret, &pass);
    if (!pass) o->state = kClosed;
    return v;
  }
  if (r == MOLT_STOP) {
    molt_decref(ret);
    r = raiseEmpty(&molt_type_StopAsyncIteration);
  }
  if (r != MOLT_ERROR) {
    if (ag->yf != MOLT_NONE) return r; // an await inside a finally block
    molt_decref(r);
    ag->flags &= ~kAgRunningAsync;
    o->state = kClosed;
    return molt_raise_fmt(&molt_type_RuntimeError, "async generator ignored GeneratorExit");
  }
  ag->flags &= ~kAgRunningAsync;
  o->state = kClosed;
  if (errPendingMatches(&molt_type_StopAsyncIteration) ||
      errPendingMatches(&molt_type_GeneratorExit)) {
    errClear();
    return raiseEmpty(&molt_type_StopIteration);
  }
  return MOLT_ERROR;
}

MoltValue reuseError() {
  return molt_raise_fmt(&molt_type_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
}

MoltValue athrowSend(MoltAgAthrow *o, MoltValue v) {
  MoltGenerator *ag = as<MoltGenerator>(o->gen);
  if (o->state == kClosed) return reuseError();
  MoltValue ret = MOLT_NONE;
  if (o->state == kInit) {
    if (ag->flags & kAgRunningAsync) {
      o->state = kClosed;
      return molt_raise_fmt(&molt_type_RuntimeError,
                            isClose(o) ? "aclose(): asynchronous generator is already running"
                                       : "athrow(): asynchronous generator is already running");
    }
    if (ag->flags & MOLT_GENF_AG_CLOSED) {
      // Already exhausted or closed: the await completes with None.
      o->state = kClosed;
      return raiseEmpty(&molt_type_StopIteration);
    }
    if (v != MOLT_NONE) {
      o->state = kClosed;
      return molt_raise_fmt(&molt_type_RuntimeError,
                            "can't send non-None value to a just-started coroutine");
    }
    o->state = kIter;
    ag->flags |= kAgRunningAsync;
    MoltValue exc;
    if (isClose(o)) {
      ag->flags |= MOLT_GENF_AG_CLOSED;
      exc = excCreate(&molt_type_GeneratorExit, nullptr, 0);
    } else {
      exc = makeThrown("async_generator", o->args, static_cast<size_t>(o->nargs), MOLT_NONE);
    }
    if (molt_is_error(exc)) {
      ag->flags &= ~kAgRunningAsync;
      o->state = kClosed;
      return MOLT_ERROR;
    }
    MoltValue r = genThrowExc(ag, exc, &ret);
    return finish(o, r, ret);
  }
  MoltValue r = genResume(ag, molt_newref(v), &ret);
  return finish(o, r, ret);
}

MoltValue atNext(MoltValue self) {
  MoltValue r = athrowSend(atOf(self), MOLT_NONE);
  if (r == MOLT_ERROR && errPendingMatches(&molt_type_StopIteration) && isClose(atOf(self))) {
    errClear();
    return MOLT_STOP;
  }
  return r;
}

MoltValue mNext(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return athrowSend(atOf(args[0]), MOLT_NONE);
}

MoltValue mSend(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "send() takes exactly one argument (%d given)",
                          static_cast<int>(nargs) - 1);
  return athrowSend(atOf(args[0]), args[1]);
}

MoltValue mThrow(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltAgAthrow *o = atOf(args[0]);
  if (o->state == kClosed) return reuseError();
  MoltValue exc = makeThrown("async_generator_athrow", args, nargs, kwnames);
  if (molt_is_error(exc)) return MOLT_ERROR;
  MoltValue ret = MOLT_NONE;
  MoltValue r = genThrowExc(as<MoltGenerator>(o->gen), exc, &ret);
  return finish(o, r, ret);
}

MoltValue mClose(MoltValue, const MoltValue *args, size_t, MoltValue) {
  atOf(args[0])->state = kClosed;
  return MOLT_NONE;
}

MoltValue mAwait(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return molt_newref(args[0]);
}

void atDealloc(MoltObject *o) {
  auto *a = reinterpret_cast<MoltAgAthrow *>(o);
  molt_decref(a->gen);
  for (int32_t i = 0; i < a->nargs; ++i)
    molt_decref(a->args[i]);
  freeObject(o);
}

void atTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *a = reinterpret_cast<MoltAgAthrow *>(o);
  visit(a->gen, arg);
  for (int32_t i = 0; i < a->nargs; ++i)
    visit(a->args[i], arg);
}

const MethodDef kMethods[] = {
    {"send", mSend, 0},     {"throw", mThrow, 0},     {"close", mClose, 0},
    {"__next__", mNext, 0}, {"__await__", mAwait, 0}, {nullptr, nullptr, 0},
};

} // namespace

namespace molt::rt {

MoltValue agAthrowNew(MoltValue ag, const MoltValue *args, size_t nargs, bool close) {
  MoltObject *o = allocObject(&molt_type_async_generator_athrow, sizeof(MoltAgAthrow));
  if (!o) return MOLT_ERROR;
  auto *a = reinterpret_cast<MoltAgAthrow *>(o);
  a->gen = molt_newref(ag);
  a->nargs = close ? 0 : static_cast<int32_t>(nargs);
  for (int32_t i = 0; i < a->nargs; ++i)
    a->args[i] = molt_newref(args[i]);
  a->state = kInit;
  return molt_from_ptr(o);
}

// Filled by molt_use_async_generator_athrow (called by molt_use_async, coroutine.cpp) for programs
// with async code (compiler/codegen/Features.cpp).
MoltType molt_type_async_generator_athrow = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "async_generator_athrow",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltAgAthrow),
    .dealloc = atDealloc,
    .traverse = atTraverse,
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

extern "C" void molt_use_async_generator_athrow(void) {
  using namespace molt::rt;
  molt_type_async_generator_athrow.iter = cu::iterSelf;
  molt_type_async_generator_athrow.iternext = atNext;
  molt_type_async_generator_athrow.methods = kMethods;
}
