// async_generator_asend: the awaitable of agen.asend(v) / agen.__anext__().
// Awaiting it runs the async generator to its next `yield` (the await's
// result, as StopIteration(value)), passing the yields of awaits inside the
// generator through to whoever drives the outer coroutine.
#include "../builtins/builtins_internal.h"
#include "../core/core_internal.h"
#include "container_util.h"
#include "gen_internal.h"
#include "molt/exceptionobject.h"

using namespace molt::rt;

namespace {

enum { kInit = 0, kIter = 1, kClosed = 2 };

struct MoltAgAsend {
  MoltObject ob;
  MoltValue gen;
  MoltValue sendval;
  int32_t state;
  int32_t pad_;
};

MoltAgAsend *asOf(MoltValue v) { return as<MoltAgAsend>(v); }

MoltValue reuseError() {
  return molt_raise_fmt(&molt_type_RuntimeError,
                        "cannot reuse already awaited __anext__()/asend()");
}

MoltValue finish(MoltAgAsend *o, MoltValue r, MoltValue ret) {
  bool pass;
  MoltValue v = agUnwrap(as<MoltGenerator>(o->gen), r, ret, &pass);
  if (!pass) o->state = kClosed;
  return v;
}

MoltValue asendSend(MoltAgAsend *o, MoltValue v) {
  MoltGenerator *ag = as<MoltGenerator>(o->gen);
  if (o->state == kClosed) return reuseError();
  if (o->state == kInit) {
    if (ag->flags & kAgRunningAsync) {
      o->state = kClosed;
      return molt_raise_fmt(&molt_type_RuntimeError,
                            "anext(): asynchronous generator is already running");
    }
    if (ag->flags & MOLT_GENF_AG_CLOSED) {
      o->state = kClosed;
      return raiseEmpty(&molt_type_StopAsyncIteration);
    }
    if (v == MOLT_NONE) v = o->sendval;
    if (ag->state == MOLT_GEN_START && v != MOLT_NONE) {
      o->state = kClosed;
      return molt_raise_fmt(&molt_type_TypeError,
                            "can't send non-None value to a just-started async generator");
    }
    o->state = kIter;
    ag->flags |= kAgRunningAsync;
  }
  MoltValue ret = MOLT_NONE;
  MoltValue r = genResume(ag, molt_newref(v), &ret);
  return finish(o, r, ret);
}

MoltValue asNext(MoltValue self) {
  MoltValue r = asendSend(asOf(self), MOLT_NONE);
  if (r == MOLT_ERROR && errPendingMatches(&molt_type_StopIteration)) {
    // A plain StopIteration() (yielded None) ends the iteration quietly.
    MoltValue e = molt_err_fetch();
    if (as<MoltStopIterationObject>(e)->value == MOLT_UNBOUND ||
        as<MoltStopIterationObject>(e)->value == MOLT_NONE) {
      molt_decref(e);
      return MOLT_STOP;
    }
    molt_err_restore(e);
    molt_decref(e);
  }
  return r;
}

MoltValue mNext(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return asendSend(asOf(args[0]), MOLT_NONE);
}

MoltValue mSend(MoltValue, const MoltValue *args, size_t nargs, MoltValue) {
  if (nargs != 2)
    return molt_raise_fmt(&molt_type_TypeError, "send() takes exactly one argument (%d given)",
                          static_cast<int>(nargs) - 1);
  return asendSend(asOf(args[0]), args[1]);
}

MoltValue mThrow(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames) {
  MoltAgAsend *o = asOf(args[0]);
  if (o->state == kClosed) return reuseError();
  MoltValue exc = makeThrown("async_generator_asend", args, nargs, kwnames);
  if (molt_is_error(exc)) return MOLT_ERROR;
  MoltValue ret = MOLT_NONE;
  MoltValue r = genThrowExc(as<MoltGenerator>(o->gen), exc, &ret);
  return finish(o, r, ret);
}

MoltValue mClose(MoltValue, const MoltValue *args, size_t, MoltValue) {
  asOf(args[0])->state = kClosed;
  return MOLT_NONE;
}

MoltValue mAwait(MoltValue, const MoltValue *args, size_t, MoltValue) {
  return molt_newref(args[0]);
}

void asDealloc(MoltObject *o) {
  auto *a = reinterpret_cast<MoltAgAsend *>(o);
  molt_decref(a->gen);
  molt_decref(a->sendval);
  freeObject(o);
}

void asTraverse(MoltObject *o, visitfunc visit, void *arg) {
  auto *a = reinterpret_cast<MoltAgAsend *>(o);
  visit(a->gen, arg);
  visit(a->sendval, arg);
}

const MethodDef kMethods[] = {
    {"send", mSend, 0},     {"throw", mThrow, 0},     {"close", mClose, 0},
    {"__next__", mNext, 0}, {"__await__", mAwait, 0}, {nullptr, nullptr, 0},
};

} // namespace

namespace molt::rt {

MoltValue agAsendNew(MoltValue ag, MoltValue v) {
  MoltObject *o = allocObject(&molt_type_async_generator_asend, sizeof(MoltAgAsend));
  if (!o) return MOLT_ERROR;
  auto *a = reinterpret_cast<MoltAgAsend *>(o);
  a->gen = molt_newref(ag);
  a->sendval = molt_newref(v);
  a->state = kInit;
  a->pad_ = 0;
  return molt_from_ptr(o);
}

// Filled by molt_use_async_generator_asend (called by molt_use_async, coroutine.cpp) for programs
// with async code (compiler/codegen/Features.cpp).
MoltType molt_type_async_generator_asend = {
    .ob = {MOLT_IMMORTAL_REFCNT, &molt_type_type},
    .name = "async_generator_asend",
    .base = &molt_type_object,
    .flags = kTypeImmutable,
    .basicsize = sizeof(MoltAgAsend),
    .dealloc = asDealloc,
    .traverse = asTraverse,
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

extern "C" void molt_use_async_generator_asend(void) {
  using namespace molt::rt;
  molt_type_async_generator_asend.iter = cu::iterSelf;
  molt_type_async_generator_asend.iternext = asNext;
  molt_type_async_generator_asend.methods = kMethods;
}
