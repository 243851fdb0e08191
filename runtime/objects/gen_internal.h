// Shared by the generator-like types (generator.cpp, coroutine.cpp,
// coroutine_wrapper.cpp, asyncgen*.cpp): they all run a MoltGenerator frame.
#pragma once

#include <vector>

#include "../core/core_internal.h"

namespace molt::rt {

/// Generator functions marked by types.coroutine (references held): their
/// generators are awaitable (MOLT_GENF_ITERCORO).
extern std::vector<MoltValue> gIterCoroFns;
/// "generator", "coroutine" or "async generator" (for error messages).
const char *genKindName(const MoltGenerator *g);
/// Runs g's frame once (sent: owned value, MOLT_ERROR or MOLT_STOP). The
/// yielded value, MOLT_STOP with *ret = the return value, or MOLT_ERROR.
inline MoltValue genResume(MoltGenerator *g, MoltValue sent, MoltValue *ret) {
  return molt_gen_resume(g, sent, ret);
}
/// g.send(v) (v borrowed): the yielded value, or MOLT_ERROR (StopIteration at the end).
MoltValue genSendValue(MoltGenerator *g, MoltValue v);
/// Throws exc (stolen) into g, delegating down a `yield from`/`await` chain.
MoltValue genThrowExc(MoltGenerator *g, MoltValue exc, MoltValue *ret);
/// g.close(): MOLT_NONE or MOLT_ERROR.
MoltValue genClose(MoltGenerator *g);
/// Raises StopIteration(ret) (ret stolen; None: no argument). MOLT_ERROR.
MoltValue raiseStop(MoltValue ret);
/// The value of the pending StopIteration (cleared), new reference.
MoltValue takeStopValue();
/// The exception throw(typ[, val[, tb]]) raises (args[0] is the receiver), new reference.
MoltValue makeThrown(const char *tn, const MoltValue *args, size_t nargs, MoltValue kwnames);
/// CPython's "coroutine '...' was never awaited" RuntimeWarning (coroutine.cpp).
void coroNeverAwaited(MoltGenerator *g);
/// coroNeverAwaited once molt_use_async has run (genDealloc calls it; no coroutine
/// exists before).
extern void (*gCoroNeverAwaitedHook)(MoltGenerator *g);

void genDealloc(MoltObject *o);
void genTraverse(MoltObject *o, visitfunc visit, void *arg);
MoltValue genRepr(MoltValue v);
MoltValue genMethodSend(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue genMethodThrow(MoltValue, const MoltValue *args, size_t nargs, MoltValue kwnames);
MoltValue genMethodClose(MoltValue, const MoltValue *args, size_t nargs, MoltValue);
MoltValue genGetName(MoltValue self);
int genSetName(MoltValue self, MoltValue v);
MoltValue genGetQualname(MoltValue self);
int genSetQualname(MoltValue self, MoltValue v);
MoltValue genGetRunning(MoltValue self);
MoltValue genGetSuspended(MoltValue self);
MoltValue genGetFrame(MoltValue self);
MoltValue genGetYieldFrom(MoltValue self);

/// coro.__await__(): a coroutine_wrapper over coro (borrowed).
MoltValue coroWrapperNew(MoltValue coro);

/// Async generator flag (MoltGenerator::flags): an asend()/athrow() awaitable is in progress.
constexpr int32_t kAgRunningAsync = 8;
/// The asend(v) / athrow(...) / aclose() awaitables of async generator ag (borrowed).
MoltValue agAsendNew(MoltValue ag, MoltValue v);
MoltValue agAthrowNew(MoltValue ag, const MoltValue *args, size_t nargs, bool close);
/// Turns a step result of async generator ag into the awaitable's result: a
/// value yielded by `yield` becomes StopIteration(value) (the await finished),
/// a value yielded from an inner await passes through (*passthrough set).
MoltValue agUnwrap(MoltGenerator *ag, MoltValue r, MoltValue ret, bool *passthrough);

/// Raises an instance of t made without arguments. MOLT_ERROR.
MoltValue raiseEmpty(MoltType *t);

/// anext(it, default): awaits `awaitable` (borrowed), StopAsyncIteration -> default.
MoltValue anextAwaitableNew(MoltValue awaitable, MoltValue dflt);

/// Internal types (readied in core/typeready.cpp).
extern MoltType molt_type_coroutine_wrapper;
extern MoltType molt_type_async_generator_asend;
extern MoltType molt_type_async_generator_athrow;
extern MoltType molt_type_anext_awaitable;

} // namespace molt::rt
